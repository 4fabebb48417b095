import type { SamsynEvent } from '../projection';
import {
  adoptionRecorded,
  definitionWith,
  deviationEnded,
  deviationNeedsReapproval,
  deviationRecorded,
  processRegistered,
  processRevised,
  proposalApplied,
  proposalDecided,
  proposalSubmitted,
  proposalWithdrawn,
} from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { catalogueProjection } from './catalogue.projection';

const spec = projectionSpec(catalogueProjection, { start: '2026-01-01T00:00:00.000Z' });
const targets = (revision: number, t: Record<string, string>): SamsynEvent => ({ type: 'AdoptionTargetsSet', data: { id: 'VA-01', revision, targets: t, body: 'obj', setBy: 'bo' } });
const none = { steps: [], handovers: [], purpose: false, participants: false };

describe('catalogue projection (given events, when one more, then the catalogue)', () => {
  it('a registered process enters with its baseline at revision 1, nobody adopted, nothing open', () =>
    spec
      .given([])
      .when(processRegistered())
      .then({
        processes: {
          'VA-01': {
            id: 'VA-01',
            name: 'Leasing in',
            owner: { principal: 'kalle', stakeholder: 'ksn' },
            governingBody: 'obj',
            head: 1,
            definition: definitionWith(['ksn', 'fsn']),
            registeredAt: '2026-01-01T00:00:00.000Z',
            adopted: {},
            deviations: {},
            openProposals: [],
            adoptionTargets: {},
          },
        },
        openProposalProcess: {},
      }));

  it('a revision moves the head and the baseline; adoptions keep the latest per stakeholder', () =>
    spec.given([processRegistered(), adoptionRecorded('ksn', 1), processRevised(2, 'p1', ['ksn', 'fsn', 'uhem'])]).when(adoptionRecorded('ksn', 2)).then((s) => {
      expect(s.processes['VA-01'].head).toBe(2);
      expect(s.processes['VA-01'].definition.participants).toEqual(['ksn', 'fsn', 'uhem']);
      expect(s.processes['VA-01'].adopted).toEqual({ ksn: { revision: 2, adoptedOn: '2026-01-02' } });
    }));

  it('a submitted proposal is open until applied, withdrawn or rejected; an approval alone does not close it', () => {
    const open = [processRegistered(), proposalSubmitted('p1'), proposalSubmitted('p2'), proposalSubmitted('p3')];
    spec.given(open).when(proposalApplied('p1', 2)).then((s) => expect(s.processes['VA-01'].openProposals).toEqual(['p2', 'p3']));
    spec.given(open).when(proposalWithdrawn('p2')).then((s) => expect(s.processes['VA-01'].openProposals).toEqual(['p1', 'p3']));
    spec.given(open).when(proposalDecided('p3', 'reject')).then((s) => expect([s.processes['VA-01'].openProposals, s.openProposalProcess.p3]).toEqual([['p1', 'p2'], undefined]));
    spec.given(open).when(proposalDecided('p3', 'approve')).thenUnchanged();
  });

  it('targets set again for a revision replace the earlier date of the participants they name', () =>
    spec
      .given([processRegistered(), targets(1, { ksn: '2026-03-01', fsn: '2026-03-01' })])
      .when(targets(1, { fsn: '2026-04-01' }))
      .then((s) => expect(s.processes['VA-01'].adoptionTargets).toEqual({ 1: { ksn: '2026-03-01', fsn: '2026-04-01' } })));

  it('the process default adoption target is kept until it is cleared', () => {
    const set = (days: number | null): SamsynEvent => ({ type: 'DefaultAdoptionTargetSet', data: { id: 'VA-01', daysAfterApplied: days, setBy: 'bo' } });
    spec.given([processRegistered()]).when(set(90)).then((s) => expect(s.processes['VA-01'].defaultAdoptionTarget).toEqual({ daysAfterApplied: 90, setBy: 'bo' }));
    spec.given([processRegistered(), set(90)]).when(set(null)).then((s) => expect(s.processes['VA-01'].defaultAdoptionTarget).toBeNull());
  });

  it('a deviation needs re-approval from the first revision that changed its parts, and gathers the later ones', () =>
    spec
      .given([processRegistered(), deviationRecorded('fsn', 'd1'), deviationNeedsReapproval('fsn', 'd1', 2, { ...none, steps: ['s1'] })])
      .when(deviationNeedsReapproval('fsn', 'd1', 3, { ...none, purpose: true }))
      .then((s) =>
        expect(s.processes['VA-01'].deviations.fsn).toEqual({
          proposalId: 'd1',
          revision: 1,
          rationale: 'local practice',
          covers: { steps: ['s1'], handovers: [], purpose: false, participants: false },
          needsReapproval: { since: 2, revisions: [2, 3], parts: { steps: ['s1'], handovers: [], purpose: true, participants: false } },
        }),
      ));

  it('a deviation ends only by its own proposal', () => {
    const active = [processRegistered(), deviationRecorded('fsn', 'd1')];
    spec.given(active).when(deviationEnded('fsn', 'd0')).thenUnchanged();
    spec.given(active).when(deviationEnded('fsn', 'd1')).then((s) => expect(s.processes['VA-01'].deviations).toEqual({}));
  });

  it('events of a process it never saw registered change nothing', () =>
    spec.given([processRegistered()]).when(adoptionRecorded('ksn', 1, 'VA-99')).thenUnchanged());

  it('ids named after Object.prototype are processes like any other', () =>
    spec
      .given([processRegistered('constructor')])
      .when(adoptionRecorded('ksn', 1, 'toString'))
      .then((s) => expect(Object.keys(s.processes)).toEqual(['constructor'])));
});
