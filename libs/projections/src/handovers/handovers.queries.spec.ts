import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { writeScenario } from '../testing/scenario';

/** GET /handovers over the read models, now and as of a past position or instant (testing/scenario.ts:
 * revision 1 hands s1 (ksn) → s2 (uhem); revision 3 adds s2 (uhem) → s3 (fsn)). */
describe('handovers, as of a moment', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), persistEvery: 7, snapshotEvery: 5 });
  const q = new ProjectionQueries({ store, runner, snapshots: states });
  let marks: Record<string, bigint>;

  beforeAll(async () => {
    ({ marks } = await writeScenario(store));
    await runner.start();
    expect(await runner.waitForPosition(marks.end, 2000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
  });

  it('now: both handovers of revision 3, each flagged for no common term (s3 names no system: no system flag)', async () => {
    const r = await q.handovers({});
    expect(r.handovers.map((h) => [h.handoverId, h.revision, h.from.stakeholder, h.to.stakeholder, h.reasons])).toEqual([
      ['h1', 3, 'ksn', 'uhem', ['NO_COMMON_TERM']],
      ['h2', 3, 'uhem', 'fsn', ['NO_COMMON_TERM']],
    ]);
    expect(r.handovers[0]).toMatchObject({ commonSystems: ['fastsys'], from: { stakeholderName: 'Kommunstyrelsen', systems: ['fastsys'], terms: ['lokalbehov'] }, to: { systems: ['diarie', 'fastsys'] } });
  });

  it('as of the position of revision 1: only h1, at revision 1', async () => {
    const r = await q.handovers({}, { position: marks.registered });
    expect(r.handovers.map((h) => [h.handoverId, h.revision])).toEqual([['h1', 1]]);
    expect(r.summary).toEqual({ handovers: 1, flagged: 1 });
  });

  it('as of an instant before the process: none', async () => expect((await q.handovers({}, { instant: '2023-01-01T00:00:00.000Z' })).handovers).toEqual([]));

  it('filtered by organisation, as of now and as of revision 2', async () => {
    expect((await q.handovers({ stakeholder: 'fsn' })).handovers.map((h) => h.handoverId)).toEqual(['h2']);
    expect((await q.handovers({ stakeholder: 'fsn' }, { position: marks.revision2 })).handovers).toEqual([]);
    expect((await q.handovers({ stakeholder: 'ksn' }, { position: marks.revision2 })).handovers.map((h) => [h.handoverId, h.revision])).toEqual([['h1', 2]]);
  });
});
