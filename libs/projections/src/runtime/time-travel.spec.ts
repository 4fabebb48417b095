import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { EventStore } from '@samsyn/event-store';
import type { AnyProjection } from '../projection';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { writeScenario } from '../testing/scenario';
import { ProjectionRunner } from './projection-runner';
import { stateAsOf, parseInstant, InvalidAsOfError } from './time-travel';
import { toProjectedEvent } from '../projection';

/** The reference answer: fold the first `upTo` events from nothing. */
const foldUpTo = async (store: EventStore, projection: AnyProjection, upTo: bigint) => {
  const events = await store.readAll();
  return events.filter((e) => e.position <= upTo).reduce((s, e) => projection.apply(s, toProjectedEvent(e)), projection.initialState());
};

describe('time travel', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery: 4 });
  const q = new ProjectionQueries({ store, runner, snapshots: states });
  let marks: Record<string, bigint>;
  let head: bigint;

  beforeAll(async () => {
    marks = (await writeScenario(store)).marks;
    await runner.start();
    head = (await store.headPosition())!;
    await runner.waitForPosition(head, 2000);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
  });

  it('every projection as of every position equals a fold of the events up to it (with and without snapshots)', async () => {
    const portOnly = { readAll: (o?: Parameters<EventStore['readAll']>[0]) => store.readAll(o), headPosition: () => store.headPosition() } as unknown as EventStore;
    for (const projection of allProjections()) {
      for (let p = 1n; p <= head; p++) {
        const expected = JSON.stringify(await foldUpTo(store, projection, p));
        const viaSnapshots = await stateAsOf(projection, { position: p }, { store, snapshots: states });
        expect(JSON.stringify(viaSnapshots.state)).toBe(expected);
        expect(viaSnapshots.position).toBe(p);
        const fromStart = await stateAsOf(projection, { position: p }, { store, batchSize: 3 });
        expect(JSON.stringify(fromStart.state)).toBe(expected);
        expect(fromStart.position).toBe(p);
        // A store with the port's reads only (no readRangeLean): pages of readAll.
        const viaPort = await stateAsOf(projection, { position: p }, { store: portOnly, snapshots: states, batchSize: 3 });
        expect(JSON.stringify(viaPort.state)).toBe(expected);
        expect(viaPort.position).toBe(p);
      }
      expect(await states.latestSnapshot(`${projection.name}@v${projection.version}`, { position: head })).not.toBeNull();
      const none = await stateAsOf(projection, { position: 0n }, { store, snapshots: states });
      expect(none.state).toEqual(projection.initialState());
      const beyond = await stateAsOf(projection, { position: head + 5n }, { store, snapshots: states, batchSize: 3 });
      expect(JSON.stringify(beyond.state)).toBe(JSON.stringify(await foldUpTo(store, projection, head)));
      expect(beyond.position).toBe(head);
    }
  });

  it('answers the catalogue as of several points of one history', async () => {
    expect(await q.catalogue({ position: marks.registered - 1n })).toEqual([]);
    expect(((await q.catalogue({ position: marks.registered })) as any[])[0]).toMatchObject({ headRevision: 1, status: { ksn: 'not-adopted' } });
    expect(((await q.catalogue({ position: marks.revision2 })) as any[])[0]).toMatchObject({ headRevision: 2, openProposals: [] });
    expect(((await q.catalogue({ position: marks.revision3 })) as any[])[0]).toMatchObject({ headRevision: 3, status: { ksn: 'behind', uhem: 'behind' } });
    expect(await q.catalogue({ position: head })).toEqual(await q.catalogue());
  });

  it('an instant maps to the last position whose occurredAt is at or before it', async () => {
    const events = await store.readAll();
    const at = events.find((e) => e.position === marks.revision2)!.metadata.occurredAt;
    expect(await q.catalogue({ instant: at })).toEqual(await q.catalogue({ position: marks.revision2 }));
    const justBefore = new Date(Date.parse(at) - 1).toISOString();
    expect(await q.catalogue({ instant: justBefore })).toEqual(await q.catalogue({ position: marks.revision2 - 1n }));
    expect(await q.revisions('VA-01', { instant: at })).toHaveLength(2);
    expect(await q.catalogue({ instant: '2000-01-01T00:00:00Z' })).toEqual([]);
    expect((await q.auditEvents({ limit: 1000 }, { instant: at })).events).toHaveLength(Number(marks.revision2));
  });

  it('other read models as of a past position', async () => {
    expect(await q.revision('VA-01', 3, { position: marks.revision2 })).toBeNull();
    expect(((await q.proposal('p2', { position: marks.p2Escalated })) as any).status).toBe('escalated');
    expect(((await q.governanceReport({ position: marks.revision2 })) as any).proposals).toBe(1);
    expect(((await q.stakeholderHistory('uhem', { position: marks.registered })) as any[]).map((e) => e.type)).toEqual(['StakeholderRegistered', 'ProcessRegistered']);
  });

  it('a position far beyond the head answers as of the head, in a number of store reads that does not grow with it', async () => {
    // Counts the reads a replay makes; past a bound the walk towards the target is the fault.
    let reads = 0;
    const counted = new Proxy(store, {
      get(target, key, receiver) {
        const v = Reflect.get(target, key, receiver);
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          if ((key === 'readAll' || key === 'readRangeLean') && ++reads > 50) throw new Error(`more than 50 reads towards the target`);
          return v.apply(target, args);
        };
      },
    }) as EventStore;
    const replaying = new ProjectionQueries({ store: counted, snapshots: states });
    const withRunner = new ProjectionQueries({ store: counted, runner, snapshots: states });
    for (const position of [head + 1n, 1_000_000_000n, BigInt(Number.MAX_SAFE_INTEGER), 2n ** 63n - 1n]) {
      for (const projection of allProjections()) {
        reads = 0;
        const beyond = await stateAsOf(projection, { position }, { store: counted, snapshots: states });
        expect(beyond.position).toBe(head);
        expect(JSON.stringify(beyond.state)).toBe(JSON.stringify(await foldUpTo(store, projection, head)));
      }
      for (const q2 of [replaying, withRunner]) {
        reads = 0;
        expect(await q2.catalogue({ position })).toEqual(await q.catalogue());
        reads = 0;
        expect(await q2.proposals({}, { position })).toEqual(await q.proposals({}));
        reads = 0;
        expect(await q2.stakeholderHistory('uhem', { position })).toEqual(await q.stakeholderHistory('uhem'));
        reads = 0;
        expect(await q2.nomenclatureReport({ position })).toEqual(await q.nomenclatureReport());
      }
    }
  });

  it('over sparse positions (as EventStoreDB commit positions are), a replay to a position widens its ranges instead of walking every position', async () => {
    // The same log at positions 1000, 2000, …, through the port's reads only (the fast reads' fallback).
    const GAP = 1000n;
    let reads = 0;
    const sparse = {
      headPosition: async () => (await store.headPosition())! * GAP,
      readAll: async (o: Parameters<EventStore['readAll']>[0] = {}) => {
        reads++;
        const after = o.after === undefined ? undefined : o.after / GAP;
        return (await store.readAll({ ...o, after })).map((e) => ({ ...e, position: e.position * GAP }));
      },
    } as unknown as EventStore;
    for (const projection of allProjections()) {
      for (const p of [marks.revision2, head]) {
        const expected = JSON.stringify(await foldUpTo(sparse, projection, p * GAP));
        reads = 0;
        const sparseState = await stateAsOf(projection, { position: p * GAP + GAP / 2n }, { store: sparse, batchSize: 3 });
        expect(JSON.stringify(sparseState.state)).toBe(expected);
        expect(sparseState.position).toBe(p * GAP);
        // Ranges of 3 positions would take a read per 3 positions: 1000× more than ranges that follow the events.
        expect(reads).toBeLessThan(Number(p));
      }
    }
  });

  it('parses instants strictly', () => {
    expect(parseInstant('2024-03-01')).toBe('2024-03-01T00:00:00.000Z');
    expect(() => parseInstant('yesterday')).toThrow(InvalidAsOfError);
    expect(() => parseInstant('2024-13-45')).toThrow(InvalidAsOfError);
  });
});
