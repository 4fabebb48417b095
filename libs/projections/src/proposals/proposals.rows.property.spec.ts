import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { rowStorage } from '../row-storage';
import { ProjectionRunner } from '../runtime/projection-runner';
import { toProjectedEvent } from '../projection';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { HistoryWriter } from '../testing/history-writer';
import { randomHistory } from '../testing/random-history';
import { writeWithRestarts } from '../testing/write-with-restarts';
import { proposalsProjection } from './proposals.projection';
import type { ProposalRows } from './proposals.rows';

const START = '2024-01-01T00:00:00.000Z';
const STEP_MS = 60_000;

/**
 * The proposal board kept as system-versioned rows answers every read as of a random position
 * exactly as a plain fold of the events up to it does — with the rows written by runners that are
 * stopped, killed and restarted while the history is written, saved at random intervals (so
 * answers come from the table, the pending rows, or both), and after a rebuild of the board.
 */
describe('proposal board as rows = the plain fold, as of any position (property)', () => {
  it('holds for random histories, restarts, crashes and a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(9), fc.nat(10_000)), { minLength: 30, maxLength: 300 }),
        fc.array(fc.nat(300), { maxLength: 4 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.nat(100_000), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (steps, cuts, persistEvery, probes, rebuild) => {
          const store = sqliteEventStore({ path: ':memory:' });
          const states = sqliteProjectionStateStore({ path: ':memory:' });
          // One file for the rows across restarts, as the server's projections.sqlite is.
          const dir = mkdtempSync(join(tmpdir(), 'samsyn-rows-'));
          const file = join(dir, 'projections.sqlite');
          const storages: ReturnType<typeof rowStorage>[] = [];
          const runnerOf = () => {
            const s = rowStorage({ path: file, rows: ['proposals'], projections: allProjections(), states, snapshots: states });
            storages.push(s);
            return new ProjectionRunner({ store, stateStore: s.states, snapshots: s.snapshots, projections: s.projections, persistEvery, snapshotEvery: 5 });
          };
          const w = new HistoryWriter(store, START, STEP_MS);
          const history = randomHistory(steps);
          const runner = await writeWithRestarts(w, history, cuts, runnerOf);
          const storage = storages[storages.length - 1];
          const head = (await store.headPosition()) ?? 0n;
          expect(await runner.waitForPosition(head, 5000)).toBe(true);
          if (rebuild) await runner.rebuild('proposals');

          const rows = new ProjectionQueries({ store, runner, snapshots: storage.snapshots });
          const plain = new ProjectionQueries({ store });
          const ids = [...new Set(history.filter((h) => h.event.type === 'ProposalSubmitted').map((h) => (h.event.data as { id: string }).id))];
          // Every position, against a plain fold of the events up to it: the rows saved, those
          // pending since the last save (the runner saves every persistEvery events), or both.
          const board = runner.state<ProposalRows>(proposalsProjection.name);
          let fold = proposalsProjection.initialState();
          expect(board.recordsAt(0n)).toEqual([]);
          for (const e of await store.readAll({})) {
            fold = proposalsProjection.apply(fold, toProjectedEvent(e));
            expect(board.recordsAt(e.position)).toEqual(Object.values(fold.proposals));
            for (const id of ids.slice(0, 2)) expect(board.recordAt(id, e.position)).toEqual(fold.proposals[id]);
          }
          for (const probe of probes) {
            const at = BigInt(probe % (Number(head) + 2));
            // The reads over the records, now and as of random positions and instants.
            expect(await rows.proposals({}, { position: at })).toEqual(await plain.proposals({}, { position: at }));
            expect(await rows.governanceReport({ position: at })).toEqual(await plain.governanceReport({ position: at }));
            for (const id of ids.slice(0, 3)) expect(await rows.proposal(id, { position: at })).toEqual(await plain.proposal(id, { position: at }));
            const instant = { instant: new Date(Date.parse(START) + Number(at) * STEP_MS + 30_000).toISOString() };
            expect(await rows.proposals({}, instant)).toEqual(await plain.proposals({}, instant));
          }
          expect(await rows.proposals({})).toEqual(await plain.proposals({}));
          await runner.stop();
          for (const s of storages) s.close();
          await store.close();
          states.close();
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
