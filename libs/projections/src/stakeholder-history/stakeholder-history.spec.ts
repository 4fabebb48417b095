import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { EventStore } from '@samsyn/event-store';
import { toProjectedEvent } from '../projection';
import { allProjections } from '../all-projections';
import { stakeholderHistoryProjection, type StakeholderHistoryState } from './stakeholder-history.projection';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { writeScenario } from '../testing/scenario';
import { ProjectionQueries } from '../queries/projection-queries';
import { historyEntry } from './stakeholder-history-entry';

/**
 * The rendered-entry cache and the slimmed lean read must never answer other than a cold render
 * of the whole events: at every position, in any order of reads, with a cache smaller than one
 * history, with and without a runner, and for events of an old schema version (upcast on read).
 */
describe('stakeholder history as of every position: cached = cold = plain fold and render', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery: 4 });
  const stakeholders = ['ksn', 'fsn', 'uhem', 'nobody'];
  let head: bigint;

  /** The reference: fold the events up to `p` from nothing, render each entry from its whole stored event. */
  const reference = async (s: string, p: bigint) => {
    const events = (await store.readAll()).filter((e) => e.position <= p);
    const state = events.reduce((st, e) => stakeholderHistoryProjection.apply(st, toProjectedEvent(e)), stakeholderHistoryProjection.initialState()) as StakeholderHistoryState;
    const positions = state.entries[s];
    if (!positions?.length) return null;
    return positions.map((x) => historyEntry(s, toProjectedEvent(events.find((e) => e.position.toString() === x)!)));
  };

  beforeAll(async () => {
    const { marks } = await writeScenario(store);
    // Reviews stored in schema version 1 (`approved: boolean`), upcast to v2 (`verdict`) on read.
    const v1 = (stakeholder: string, approved: boolean) => ({
      type: 'ReviewSubmitted',
      schemaVersion: 1,
      data: { id: 'p5', version: 1, stakeholder, reviewer: `r-${stakeholder}`, approved, comment: `v1 by ${stakeholder}` },
      metadata: { actor: `r-${stakeholder}`, occurredAt: '2030-01-01T00:00:00.000Z', correlationId: 'v1', causationId: null },
    });
    await store.append('proposal-p5', [v1('uhem', false), v1('ksn', true)], { expectedRevision: 'any' });
    await runner.start();
    head = (await store.headPosition())!;
    expect(await runner.waitForPosition(head, 2000)).toBe(true);
    expect(marks.end).toBeLessThan(head);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
  });

  it('the old-version reviews are upcast in the rendered entries', async () => {
    const q = new ProjectionQueries({ store, runner, snapshots: states });
    const uhem = (await q.stakeholderHistory('uhem')) as any[];
    expect(uhem[uhem.length - 1]).toMatchObject({ type: 'ReviewSubmitted', proposalId: 'p5', what: 'reviewed proposal p5 (version 1): reject', why: 'v1 by uhem' });
    const ksn = (await q.stakeholderHistory('ksn')) as any[];
    expect(ksn[ksn.length - 1].what).toBe('reviewed proposal p5 (version 1): accept');
  });

  it('at every position, read in any order, every variant equals the reference byte for byte', async () => {
    // Only the port's reads: every entry from its whole event (no readAt, no lean read, no slimming).
    const portOnly = {
      readAll: (o?: Parameters<EventStore['readAll']>[0]) => store.readAll(o),
      readStream: (id: string, o?: Parameters<EventStore['readStream']>[1]) => store.readStream(id, o),
      headPosition: () => store.headPosition(),
    } as unknown as EventStore;
    const variants = {
      cached: new ProjectionQueries({ store, runner, snapshots: states }),
      tiny: new ProjectionQueries({ store, runner, snapshots: states, historyCacheEntries: 2 }),
      cold: new ProjectionQueries({ store, runner, snapshots: states, historyCacheEntries: 0 }),
      replayed: new ProjectionQueries({ store, snapshots: states }),
      wholeEvents: new ProjectionQueries({ store: portOnly, runner, snapshots: states }),
    };
    const positions: bigint[] = [];
    for (let p = 0n; p <= head; p++) positions.push(p);
    const orders = [[...positions].reverse(), positions, positions.map((_, i) => positions[(i * 7) % positions.length])];
    const expected = new Map<string, string>();
    for (const s of stakeholders) for (const p of positions) expected.set(`${s}@${p}`, JSON.stringify(await reference(s, p)));
    for (const order of orders) {
      for (const p of order) {
        for (const s of stakeholders) {
          for (const [name, q] of Object.entries(variants)) {
            const answer = JSON.stringify(await q.stakeholderHistory(s, { position: p }));
            if (answer !== expected.get(`${s}@${p}`)) throw new Error(`${name}: ${s} as of ${p} differs:\n${answer}\n${expected.get(`${s}@${p}`)}`);
          }
        }
      }
    }
    for (const s of stakeholders) expect(JSON.stringify(await variants.cached.stakeholderHistory(s))).toBe(expected.get(`${s}@${head}`));
  });

  it('pages (after, limit) walked to the end give the whole history, at every position, every variant', async () => {
    const q = {
      cached: new ProjectionQueries({ store, runner, snapshots: states }),
      tiny: new ProjectionQueries({ store, runner, snapshots: states, historyCacheEntries: 3 }),
      cold: new ProjectionQueries({ store, runner, snapshots: states, historyCacheEntries: 0 }),
      replayed: new ProjectionQueries({ store, snapshots: states }),
    };
    for (let p = head; p >= 0n; p -= 3n) {
      for (const s of stakeholders) {
        const whole = await reference(s, p);
        for (const [name, v] of Object.entries(q)) {
          for (const limit of [1, 2, 5, 1000]) {
            const walked: unknown[] = [];
            let after: bigint | undefined;
            for (;;) {
              const page = (await v.stakeholderHistory(s, { position: p }, { after, limit })) as { position: string }[] | null;
              if (page === null) break;
              walked.push(...page);
              if (page.length < limit) break;
              after = BigInt(page[page.length - 1].position);
            }
            expect([name, s, p, limit, JSON.stringify(whole === null ? null : walked)]).toEqual([name, s, p, limit, JSON.stringify(whole)]);
          }
          if (whole && whole.length > 1) {
            // after alone: the rest; an after past the cut: nothing.
            const rest = await v.stakeholderHistory(s, { position: p }, { after: BigInt(whole[0].position) });
            expect(JSON.stringify(rest)).toBe(JSON.stringify(whole.slice(1)));
            expect(await v.stakeholderHistory(s, { position: p }, { after: p + 100n, limit: 5 })).toEqual([]);
          }
        }
      }
    }
  });

  it('entries handed out cannot be changed, and a changed answer array does not change the next', async () => {
    const q = new ProjectionQueries({ store, runner, snapshots: states });
    const first = (await q.stakeholderHistory('uhem')) as any[];
    expect(() => (first[0].what = 'forged')).toThrow(TypeError);
    first.length = 1;
    expect(JSON.stringify(await q.stakeholderHistory('uhem'))).toBe(JSON.stringify(await reference('uhem', head)));
  });
});
