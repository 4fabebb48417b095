import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { rowStorage } from '../row-storage';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { HistoryWriter } from './history-writer';
import { randomHistory } from './random-history';
import { writeWithRestarts } from './write-with-restarts';

export const ROWS_START = '2024-01-01T00:00:00.000Z';
export const ROWS_STEP_MS = 60_000;

/** The instant half-way between position `at` and the next (HistoryWriter spaces events by ROWS_STEP_MS). */
export const instantNear = (at: bigint): { instant: string } => ({ instant: new Date(Date.parse(ROWS_START) + Number(at) * ROWS_STEP_MS + 30_000).toISOString() });

/** A random history written with runners over row-stored `model` stopped, killed and restarted, caught up and maybe rebuilt. */
export interface RowStoredHistory {
  store: ReturnType<typeof sqliteEventStore>;
  runner: ProjectionRunner;
  history: ReturnType<typeof randomHistory>;
  head: bigint;
  /** The reads over the rows, and over a plain fold of the events (no runner). */
  rows: ProjectionQueries;
  plain: ProjectionQueries;
}

/** The arbitraries of a row-stored history: its steps, restarts, save interval, probes and whether it is rebuilt. */
export const rowStoredHistoryArbitraries = [
  fc.array(fc.tuple(fc.nat(9), fc.nat(10_000)), { minLength: 30, maxLength: 300 }),
  fc.array(fc.nat(300), { maxLength: 4 }),
  fc.integer({ min: 1, max: 40 }),
  fc.array(fc.nat(100_000), { minLength: 1, maxLength: 6 }),
  fc.boolean(),
] as const;

/**
 * Writes the history with the rows saved at random intervals (so answers come from the table, the
 * pending rows, or both), one file for the rows across restarts as the server's projections.sqlite
 * is, then hands it to `check` and closes everything.
 */
export const withRowStoredHistory = async (
  model: string,
  [steps, cuts, persistEvery, rebuild]: [Array<[number, number]>, number[], number, boolean],
  check: (h: RowStoredHistory) => Promise<void>,
): Promise<void> => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-rows-'));
  const file = join(dir, 'projections.sqlite');
  const storages: ReturnType<typeof rowStorage>[] = [];
  const runnerOf = () => {
    const s = rowStorage({ path: file, rows: [model], projections: allProjections(), states, snapshots: states });
    storages.push(s);
    return new ProjectionRunner({ store, stateStore: s.states, snapshots: s.snapshots, projections: s.projections, persistEvery, snapshotEvery: 5 });
  };
  const history = randomHistory(steps);
  const runner = await writeWithRestarts(new HistoryWriter(store, ROWS_START, ROWS_STEP_MS), history, cuts, runnerOf);
  const head = (await store.headPosition()) ?? 0n;
  try {
    expect(await runner.waitForPosition(head, 5000)).toBe(true);
    if (rebuild) await runner.rebuild(model);
    const rows = new ProjectionQueries({ store, runner, snapshots: storages[storages.length - 1].snapshots });
    await check({ store, runner, history, head, rows, plain: new ProjectionQueries({ store }) });
  } finally {
    await runner.stop();
    for (const s of storages) s.close();
    await store.close();
    states.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
