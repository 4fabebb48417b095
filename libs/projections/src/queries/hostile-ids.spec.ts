import type { EventStore } from '@samsyn/event-store';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import type { AsOf } from '../read-model-queries.port';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore, type SqliteProjectionStore } from '../state-store/sqlite-projection-state-store';
import { HOSTILE_IDS, SCENARIO_IDS, copyRenamed, hostileRenaming, orderFree, renameIds } from '../testing/hostile-ids';
import { writeScenario } from '../testing/scenario';
import { ProjectionQueries } from './projection-queries';

/** Every read of ReadModelQueries that the HTTP API and the CLI make, for the given ids. */
const everyRead = async (q: ProjectionQueries, ids: Record<string, string[]>, asOf: AsOf) => {
  const out: Record<string, unknown> = {};
  out.catalogue = await q.catalogue(asOf);
  out.stakeholders = await q.stakeholders(asOf);
  out.bodies = await q.bodies(asOf);
  out.terms = await q.terms(asOf);
  out.systems = await q.systems(asOf);
  out.proposals = await q.proposals({}, asOf);
  out.harmonization = await q.harmonizationReport(asOf);
  out.governance = await q.governanceReport(asOf);
  out.nomenclature = await q.nomenclatureReport(asOf);
  for (const id of ids.processes) {
    out[`process ${id}`] = await q.process(id, asOf);
    out[`revisions ${id}`] = await q.revisions(id, asOf);
    for (const n of [1, 2, 3]) out[`revision ${id} ${n}`] = await q.revision(id, n, asOf);
    out[`diff ${id}`] = await q.diff(id, 1, 3, asOf);
    out[`proposals of ${id}`] = await q.proposals({ process: id }, asOf);
  }
  for (const id of ids.proposals) out[`proposal ${id}`] = await q.proposal(id, asOf);
  for (const id of ids.stakeholders) {
    out[`history ${id}`] = await q.stakeholderHistory(id, asOf);
    out[`awaiting ${id}`] = await q.proposals({ awaitingStakeholder: id }, asOf);
  }
  for (const id of ids.bodies) out[`held by ${id}`] = await q.proposals({ awaitingBody: id }, asOf);
  return out;
};

interface Side {
  store: EventStore;
  states: SqliteProjectionStore;
  runner: ProjectionRunner;
  queries: ProjectionQueries;
}

const open = async (store: EventStore, states: SqliteProjectionStore): Promise<Side> => {
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), persistEvery: 7, snapshotEvery: 5 });
  await runner.start();
  return { store, states, runner, queries: new ProjectionQueries({ store, runner, snapshots: states }) };
};

describe.each(HOSTILE_IDS.map((_, k) => k))('read models with ids named like Object.prototype members (rotation %i)', (k) => {
  const names = hostileRenaming(k);
  const hostileIds = Object.fromEntries(Object.entries(SCENARIO_IDS).map(([kind, ids]) => [kind, ids.map((id) => names.get(id)!)]));
  let plain: Side;
  let hostile: Side;
  let head: bigint;

  beforeAll(async () => {
    const plainStore = sqliteEventStore({ path: ':memory:' });
    await writeScenario(plainStore);
    const hostileStore = sqliteEventStore({ path: ':memory:' });
    await copyRenamed(plainStore, hostileStore, names);
    head = (await hostileStore.headPosition())!;
    plain = await open(plainStore, sqliteProjectionStateStore({ path: ':memory:' }));
    hostile = await open(hostileStore, sqliteProjectionStateStore({ path: ':memory:' }));
  });
  afterAll(async () => {
    for (const side of [plain, hostile]) {
      await side.runner.stop();
      await side.store.close();
      side.states.close();
    }
  });

  /** Given the scenario's events with hostile ids, every read equals the plain scenario's read, renamed. */
  const expectSameAnswers = async (q: ProjectionQueries, asOf: AsOf) => {
    const expected = renameIds(await everyRead(plain.queries, SCENARIO_IDS, asOf), names) as Record<string, unknown>;
    const actual = await everyRead(q, hostileIds, asOf);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) expect([key, orderFree(actual[key])]).toEqual([key, orderFree(expected[key])]);
  };

  it('given the events, the live read models answer as they do for ordinary ids', async () => {
    expect(hostile.runner.failures()).toEqual([]);
    expect(hostile.runner.position()).toBe(head);
    await expectSameAnswers(hostile.queries, undefined);
  });

  it('as of past positions (from snapshots and from the live state) and beyond the head', async () => {
    for (const position of [1n, 12n, 20n, 33n, head - 1n, head, head + 1000n]) await expectSameAnswers(hostile.queries, { position });
    // Without a runner every read replays from the snapshots.
    const replaying = new ProjectionQueries({ store: hostile.store, snapshots: hostile.states });
    const replayingPlain = new ProjectionQueries({ store: plain.store, snapshots: plain.states });
    for (const position of [20n, head]) {
      const expected = renameIds(await everyRead(replayingPlain, SCENARIO_IDS, { position }), names);
      expect(orderFree(await everyRead(replaying, hostileIds, { position }))).toEqual(orderFree(expected));
    }
  });

  it('saved states and snapshots load back as the same read models (a restart)', async () => {
    await hostile.runner.stop();
    const restarted = await open(hostile.store, hostile.states);
    try {
      await expectSameAnswers(restarted.queries, undefined);
      await expectSameAnswers(restarted.queries, { position: 20n });
    } finally {
      await restarted.runner.stop();
    }
    hostile = await open(hostile.store, hostile.states);
  });

  it('a hostile id that names nothing is not found (null), never a member of Object.prototype', async () => {
    const q = hostile.queries;
    for (const id of HOSTILE_IDS) {
      if (!hostileIds.processes.includes(id)) {
        expect(await q.process(id)).toBeNull();
        expect(await q.revisions(id)).toBeNull();
        expect(await q.revision(id, 1)).toBeNull();
        expect(await q.diff(id, 1, 1)).toBeNull();
      }
      if (!hostileIds.stakeholders.includes(id)) expect(await q.stakeholderHistory(id)).toBeNull();
      expect(await q.proposals({ process: 'nope' })).toEqual([]);
    }
  });
});
