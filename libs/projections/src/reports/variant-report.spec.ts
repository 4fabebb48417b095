import { catalogueProjection, type CatalogueState } from '../catalogue/catalogue.projection';
import { deviationEnded, deviationNeedsReapproval, deviationRecorded, processRegistered, processRevised } from '../testing/given-events';
import { projectionSpec, type GivenEvent } from '../testing/projection-spec';
import { scenarioQueries } from '../testing/scenario-queries';
import { variantReport } from './variant-report';

const steps = { s1: { name: 'Needs analysis', performer: 'ksn', order: 1 } };
const registered = { ...processRegistered('VA-01', ['ksn', 'fsn', 'uhem']), data: { ...processRegistered('VA-01', ['ksn', 'fsn', 'uhem']).data, definition: { purpose: 'p', participants: ['ksn', 'fsn', 'uhem'], steps, handovers: {} } } };
const revised = (n: number) => ({ ...processRevised(n, `p${n}`, ['ksn', 'fsn', 'uhem']), data: { ...processRevised(n, `p${n}`, ['ksn', 'fsn', 'uhem']).data, definition: registered.data.definition } });
const touchedS1 = { steps: ['s1'], handovers: [], purpose: false, participants: false };
const approvedAt = { d1: '2026-01-05T10:00:00.000Z' };

const variants = (given: GivenEvent[], when: GivenEvent | undefined, check: (r: ReturnType<typeof variantReport>) => void) =>
  projectionSpec(catalogueProjection).given(given).when(when).then((s: CatalogueState) => check(variantReport(s, approvedAt)));

describe('the variant report', () => {
  it('given no deviation, then no process is listed', () =>
    variants([registered], undefined, (r) => expect(r).toEqual({ overall: { processes: 1, processesWithVariants: 0, variants: 0, needsReapproval: 0 }, processes: [] })));

  it('given a deviation on s1 approved at revision 1, then fsn deviates on s1 since its approval, 0 revisions behind', () =>
    variants([registered], deviationRecorded('fsn', 'd1'), (r) =>
      expect(r.processes).toEqual([
        {
          processId: 'VA-01',
          name: 'Leasing in',
          headRevision: 1,
          participants: 3,
          variants: [
            { stakeholder: 'fsn', status: 'deviating', proposalId: 'd1', rationale: 'local practice', since: '2026-01-05T10:00:00.000Z', approvedAtRevision: 1, revisionsBehind: 0, steps: [{ id: 's1', name: 'Needs analysis' }], handovers: [], purpose: false, participantsChanged: false, needsReapproval: null },
          ],
        },
      ])));

  it('given two revisions since, one touching s1, then it is 2 revisions behind and needs re-approval since revision 3', () =>
    variants([registered, deviationRecorded('fsn', 'd1'), revised(2), revised(3)], deviationNeedsReapproval('fsn', 'd1', 3, touchedS1), (r) => {
      expect(r.processes[0].variants[0]).toMatchObject({ status: 'needs-reapproval', revisionsBehind: 2, needsReapproval: { since: 3, revisions: [3], parts: touchedS1 } });
      expect(r.overall).toMatchObject({ variants: 1, needsReapproval: 1 });
    }));

  it('given the deviation ended, then the process leaves the report', () =>
    variants([registered, deviationRecorded('fsn', 'd1')], deviationEnded('fsn', 'd1'), (r) => expect(r.processes).toEqual([])));

  it('given a covered step the head no longer has, then it is listed without a name; an unknown approval date is null', () =>
    projectionSpec(catalogueProjection)
      .given([registered, deviationRecorded('uhem', 'd2')])
      .when({ ...revised(2), data: { ...revised(2).data, definition: { purpose: 'p', participants: ['ksn', 'fsn', 'uhem'], steps: {}, handovers: {} } } })
      .then((s: CatalogueState) => expect(variantReport(s, {}).processes[0].variants[0]).toMatchObject({ since: null, steps: [{ id: 's1', name: null }], revisionsBehind: 1 })));
});

describe('the variant report, as of a moment', () => {
  const world = scenarioQueries();

  it("now: uhem's deviation p3, dated by its proposal's application", async () => {
    const r = await world.q.variantReport();
    const p3 = await world.q.proposal('p3');
    expect(r.processes.map((p) => [p.processId, p.variants.map((v) => [v.stakeholder, v.proposalId, v.approvedAtRevision, v.revisionsBehind])])).toEqual([['VA-01', [['uhem', 'p3', 3, 0]]]]);
    expect(r.processes[0].variants[0].since).toBe((p3 as { closedAt: string }).closedAt);
    expect(r.processes[0].variants[0].since).not.toBeNull();
  });

  it('as of the position of revision 3, before the deviation: none', async () =>
    expect(await world.q.variantReport({ position: world.marks.revision3 })).toMatchObject({ overall: { processes: 1, variants: 0 }, processes: [] }));
});
