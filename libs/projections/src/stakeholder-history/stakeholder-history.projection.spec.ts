import { adoptionRecorded, processRegistered, processRevised, proposalDecided, proposalSubmitted, reviewSubmitted, stakeholderRegistered } from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { stakeholderHistoryProjection } from './stakeholder-history.projection';

const spec = projectionSpec(stakeholderHistoryProjection);

describe('stakeholder-history projection (given events, when one more, then each stakeholder’s positions)', () => {
  it('a process and its revisions are in the history of every participant, before and after', () =>
    spec.given([stakeholderRegistered('ksn'), processRegistered('VA-01', ['ksn', 'fsn'])]).when(processRevised(2, 'p1', ['ksn', 'uhem'])).then((s) => {
      expect(s.entries).toEqual({ ksn: ['1', '2', '3'], fsn: ['2', '3'], uhem: ['3'] });
      expect(s.participants).toEqual({ 'VA-01': ['ksn', 'uhem'] });
    }));

  it('a deviation proposal’s decision is in the history of the stakeholder that asked; a change proposal’s is in nobody’s', () => {
    spec.given([proposalSubmitted('d1', { kind: 'deviation', stakeholder: 'fsn' })]).when(proposalDecided('d1', 'approve')).then((s) => expect(s.entries).toEqual({ fsn: ['1', '2'] }));
    spec.given([proposalSubmitted('p1')]).when(proposalDecided('p1', 'approve')).thenUnchanged();
  });

  it('reviews and adoptions are in the history of the stakeholder that made them', () =>
    spec.given([reviewSubmitted('p1', 'fsn')]).when(adoptionRecorded('fsn', 1)).then((s) => expect(s.entries).toEqual({ fsn: ['1', '2'] })));

  it('one event is one entry, however many ways it affects the stakeholder', () =>
    spec.given([processRegistered('VA-01', ['ksn', 'ksn'])]).when().then((s) => expect(s.entries).toEqual({ ksn: ['1'] })));
});
