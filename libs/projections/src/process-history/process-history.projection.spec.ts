import { adoptionRecorded, processRegistered, processRevised, proposalAccepted, proposalAmended, proposalApplied, proposalDecided, proposalWithdrawn } from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { processHistoryProjection } from './process-history.projection';

const spec = projectionSpec(processHistoryProjection, { actor: 'kalle' });

describe('process-history projection (given events, when one more, then the revisions and adoptions)', () => {
  it('registration is revision 1, with the position of the event that carries its definition', () =>
    spec
      .given([])
      .when(processRegistered())
      .then({
        processes: {
          'VA-01': {
            revisions: [{ revision: 1, proposalId: null, appliedAt: '2026-01-01T00:00:00.000Z', summary: 'registered', actor: 'kalle', rebased: false, decision: null, position: '1' }],
            adoptions: [],
          },
        },
        pendingDecisions: {},
      }));

  it('a revision names the decision behind it: consensus, or the body that approved', () => {
    spec.given([processRegistered(), proposalAccepted('p1')]).when(processRevised(2, 'p1')).then((s) =>
      expect(s.processes['VA-01'].revisions[1]).toMatchObject({ revision: 2, proposalId: 'p1', decision: { by: 'consensus', body: null } }),
    );
    spec.given([processRegistered(), proposalDecided('p1', 'approve', 'adm', 'administration')]).when(processRevised(2, 'p1')).then((s) => {
      expect(s.processes['VA-01'].revisions[1].decision).toEqual({ by: 'body', body: 'adm', level: 'administration', motivation: 'm', decidedBy: 'olle', decidedAt: '2026-01-01T00:01:00.000Z' });
      expect(s.pendingDecisions).toEqual({});
    });
  });

  it('a decision waits for its revision only while the proposal may still land', () => {
    const decided = [processRegistered(), proposalDecided('p1', 'approve')];
    for (const closing of [proposalAmended('p1', 2), proposalWithdrawn('p1'), proposalApplied('p1', null), proposalDecided('p1', 'reject')]) {
      spec.given(decided).when(closing).then((s) => expect(s.pendingDecisions).toEqual({}));
    }
    // A change lands as ProcessRevised, in another stream: the decision waits for it, in either order.
    spec.given(decided).when(proposalApplied('p1', 2)).then((s) => expect(Object.keys(s.pendingDecisions)).toEqual(['p1']));
  });

  it('adoptions are appended in position order, each with its position', () =>
    spec.given([processRegistered(), adoptionRecorded('ksn', 1)]).when(adoptionRecorded('fsn', 1)).then((s) =>
      expect(s.processes['VA-01'].adoptions.map((a) => [a.stakeholder, a.position])).toEqual([
        ['ksn', '2'],
        ['fsn', '3'],
      ]),
    ));

  it('a revision of a process it never saw registered changes nothing', () => spec.given([]).when(processRevised(2, 'p1')).thenUnchanged());
});
