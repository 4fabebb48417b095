import {
  adoptionRecorded,
  bodyEstablished,
  bodyMembersChanged,
  deviationEnded,
  deviationRecorded,
  processRegistered,
  processRevised,
  proposalAmended,
  proposalEscalated,
  proposalSubmitted,
  reviewSubmitted,
} from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { myWorkProjection } from './my-work.projection';

const spec = projectionSpec(myWorkProjection);
const hostile: string = 'constructor';

describe('my-work projection (given events, when one more, then the facts tasks are cut from)', () => {
  it('a submitted proposal awaits the reviewers it names, since its submission', () =>
    spec
      .given([processRegistered()])
      .when(proposalSubmitted('p1'))
      .then((s) =>
        expect(s.proposals.p1).toEqual({
          id: 'p1',
          processId: 'VA-01',
          kind: 'change',
          status: 'submitted',
          requiredLevel: 'administration',
          heldBy: null,
          version: 1,
          submittedBy: 'kalle',
          summary: 'r',
          reviewDeadline: null,
          reviewers: ['ksn', 'fsn'],
          reviewed: [],
          statusAt: '2026-01-01T00:01:00.000Z',
          statusPosition: '2',
        }),
      ));

  it('a review counts for the current version only; an amendment asks every reviewer again', () => {
    const reviewed = [processRegistered(), proposalSubmitted('p1'), reviewSubmitted('p1', 'ksn')];
    spec.given(reviewed).when(reviewSubmitted('p1', 'fsn', 'accept', 2)).then((s) => expect(s.proposals.p1.reviewed).toEqual(['ksn']));
    spec.given(reviewed).when(proposalAmended('p1', 2)).then((s) => expect(s.proposals.p1).toMatchObject({ version: 2, reviewed: [], status: 'submitted', statusPosition: '4' }));
  });

  it('an escalation hands the proposal to the body, whose members follow its members list', () =>
    spec
      .given([bodyEstablished('obj', 'object', ['olle']), processRegistered(), proposalSubmitted('p1'), proposalEscalated('p1', 'obj')])
      .when(bodyMembersChanged('obj', ['nora'], ['nora'], ['olle']))
      .then((s) => expect([s.proposals.p1.heldBy, s.proposals.p1.status, s.bodies.obj.members]).toEqual(['obj', 'escalated', ['nora']])));

  it('the highest revision a stakeholder adopted is kept; a revision moves the head', () =>
    spec
      .given([processRegistered(), adoptionRecorded('ksn', 2), processRevised(2, 'p1'), processRevised(3, 'p2')])
      .when(adoptionRecorded('ksn', 1))
      .then((s) => expect([s.processes['VA-01'].adopted, s.processes['VA-01'].head]).toEqual([{ ksn: 2 }, 3])));

  it('a stakeholder with an active deviation owes no adoption until the deviation ends', () => {
    const deviating = [processRegistered(), deviationRecorded('fsn', 'd1')];
    spec.given(deviating).when().then((s) => expect(s.processes['VA-01'].deviating).toEqual(['fsn']));
    spec.given(deviating).when(deviationEnded('fsn', 'd1')).then((s) => expect(s.processes['VA-01'].deviating).toEqual([]));
  });

  it('events of a proposal it never saw submitted change nothing', () => spec.given([processRegistered()]).when(reviewSubmitted('p9', 'ksn')).thenUnchanged());

  it('ids named after Object.prototype are processes, proposals and bodies like any other', () =>
    spec
      .given([bodyEstablished('toString', 'object', ['olle']), processRegistered('constructor')])
      .when(adoptionRecorded('ksn', 1, 'hasOwnProperty'))
      .then((s) => {
        expect(Object.keys(s.processes)).toEqual(['constructor']);
        expect(Object.keys(s.bodies)).toEqual(['toString']);
        expect(s.processes[hostile].adopted).toEqual({});
      }));
});
