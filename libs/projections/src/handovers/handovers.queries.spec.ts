import { scenarioQueries } from '../testing/scenario-queries';

/** GET /handovers over the read models, now and as of a past position or instant (testing/scenario.ts:
 * revision 1 hands s1 (ksn) → s2 (uhem); revision 3 adds s2 (uhem) → s3 (fsn)). */
describe('handovers, as of a moment', () => {
  const world = scenarioQueries();
  const { q } = world;

  it('now: both handovers of revision 3, each flagged for no common term (s3 names no system: no system flag)', async () => {
    const r = await q.handovers({});
    expect(r.handovers.map((h) => [h.handoverId, h.revision, h.from.stakeholder, h.to.stakeholder, h.reasons])).toEqual([
      ['h1', 3, 'ksn', 'uhem', ['NO_COMMON_TERM']],
      ['h2', 3, 'uhem', 'fsn', ['NO_COMMON_TERM']],
    ]);
    expect(r.handovers[0]).toMatchObject({ commonSystems: ['fastsys'], from: { stakeholderName: 'Kommunstyrelsen', systems: ['fastsys'], terms: ['lokalbehov'] }, to: { systems: ['diarie', 'fastsys'] } });
  });

  it('as of the position of revision 1: only h1, at revision 1', async () => {
    const r = await q.handovers({}, { position: world.marks.registered });
    expect(r.handovers.map((h) => [h.handoverId, h.revision])).toEqual([['h1', 1]]);
    expect(r.summary).toEqual({ handovers: 1, flagged: 1 });
  });

  it('as of an instant before the process: none', async () => expect((await q.handovers({}, { instant: '2023-01-01T00:00:00.000Z' })).handovers).toEqual([]));

  it('filtered by organisation, as of now and as of revision 2', async () => {
    expect((await q.handovers({ stakeholder: 'fsn' })).handovers.map((h) => h.handoverId)).toEqual(['h2']);
    expect((await q.handovers({ stakeholder: 'fsn' }, { position: world.marks.revision2 })).handovers).toEqual([]);
    expect((await q.handovers({ stakeholder: 'ksn' }, { position: world.marks.revision2 })).handovers.map((h) => [h.handoverId, h.revision])).toEqual([['h1', 2]]);
  });
});
