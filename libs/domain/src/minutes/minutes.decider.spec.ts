import { ErrorCodes, fold } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import { DeciderSpecification } from '../testing/decider-spec';
import type { DecisionSource, RecordMinutes } from './minutes.commands';
import { minutesDecider } from './minutes.decider';
import type { MinutesEvent } from './minutes.events';
import { minutesStream, parsePlanDecisionRef, planDecisionRef } from './minutes.stream';

const spec = DeciderSpecification.for(minutesDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const as = (id: string) => ({ principal: { id, roles: [] }, now: NOW });
const body: GovernanceBodyState = { exists: true, id: 'lokaler-obj', name: 'Objekt', level: 'object', parent: 'lokaler-adm', members: ['bo', 'cia', 'dan'] };
const planDecision: DecisionSource = { body: 'lokaler-obj', outcome: 'approve', motivation: 'Ryms i ramen', decidedBy: 'bo' };
const proposalDecisions: DecisionSource[] = [
  { body: 'lokaler-obj', outcome: 'reject', motivation: 'Första versionen', decidedBy: 'cia' },
  { body: 'lokaler-adm', outcome: 'approve', motivation: 'Annan nivå', decidedBy: 'adam' },
  { body: 'lokaler-obj', outcome: 'approve', motivation: 'Efter ändring', decidedBy: 'bo' },
];
const sources = { 'plan:lokal/2026/1': [planDecision], 'proposal:P-7': proposalDecisions };
const recordMinutes = (over: Partial<RecordMinutes['data']> = {}, context = as('bo'), refs: Partial<RecordMinutes['refs']> = {}): RecordMinutes => ({
  type: 'RecordMinutes',
  data: {
    body: 'lokaler-obj',
    meeting: '2026-03',
    date: '2026-03-01',
    present: ['bo', 'cia'],
    decisions: [
      { kind: 'plan', ref: 'lokal/2026/1' },
      { kind: 'proposal', ref: 'P-7' },
    ],
    ...over,
  },
  refs: { body, decisions: sources, ...refs },
  context,
});
const recorded: MinutesEvent = {
  type: 'MinutesRecorded',
  data: {
    body: 'lokaler-obj',
    meeting: '2026-03',
    date: '2026-03-01',
    present: ['bo', 'cia'],
    decisions: [
      { kind: 'plan', ref: 'lokal/2026/1', outcome: 'approve', motivation: 'Ryms i ramen', decidedBy: 'bo' },
      { kind: 'proposal', ref: 'P-7', outcome: 'approve', motivation: 'Efter ändring', decidedBy: 'bo' },
    ],
    recordedBy: 'bo',
  },
};

describe('Minutes decider', () => {
  it('a member records the meeting with the body’s decisions and their motivations', () => spec.given([]).when(recordMinutes()).then([recorded]));
  it('takes the body’s last decision on a proposal, not another body’s', () =>
    spec.given([]).when(recordMinutes({ decisions: [{ kind: 'proposal', ref: 'P-7' }] })).thenEvents(([e]) =>
      expect(e.data.decisions).toEqual([{ kind: 'proposal', ref: 'P-7', outcome: 'approve', motivation: 'Efter ändring', decidedBy: 'bo' }]),
    ));
  it('may record a meeting that took no decision', () => spec.given([]).when(recordMinutes({ decisions: [] })).thenEvents(([e]) => expect(e.data.decisions).toEqual([])));
  it('refuses a decision the body did not take', () =>
    spec.given([]).when(recordMinutes({ decisions: [{ kind: 'proposal', ref: 'P-7' }] }, as('bo'), { decisions: { 'proposal:P-7': [proposalDecisions[1]] } })).thenThrows(ErrorCodes.DECISION_UNKNOWN, 'P-7'));
  it('refuses a decision never taken', () => spec.given([]).when(recordMinutes({ decisions: [{ kind: 'plan', ref: 'lokal/2026/2' }] })).thenThrows(ErrorCodes.DECISION_UNKNOWN));
  it('refuses a decision named twice', () =>
    spec.given([]).when(recordMinutes({ decisions: [{ kind: 'proposal', ref: 'P-7' }, { kind: 'proposal', ref: 'P-7' }] })).thenThrows(ErrorCodes.INVALID_INPUT, 'twice'));
  it('refuses an unknown kind', () => spec.given([]).when(recordMinutes({ decisions: [{ kind: 'vote' as never, ref: 'x' }] })).thenThrows(ErrorCodes.INVALID_INPUT, 'kind'));
  it('refuses a recorder who is not a member', () => spec.given([]).when(recordMinutes({}, as('vera'))).thenThrows(ErrorCodes.NOT_A_BODY_MEMBER));
  it('refuses someone present who is not a member', () => spec.given([]).when(recordMinutes({ present: ['bo', 'vera'] })).thenThrows(ErrorCodes.INVALID_INPUT, 'vera'));
  it('refuses a meeting with nobody present', () => spec.given([]).when(recordMinutes({ present: [] })).thenThrows(ErrorCodes.INVALID_INPUT, 'present'));
  it.each(['2026-13-01', '2026-02-30', '1 mars', ''])('refuses the date %p', (date) => spec.given([]).when(recordMinutes({ date })).thenThrows(ErrorCodes.INVALID_INPUT, 'date'));
  it('refuses an unknown body', () => spec.given([]).when(recordMinutes({}, as('bo'), { body: undefined })).thenThrows(ErrorCodes.NOT_FOUND));
  it('refuses minutes recorded already', () => spec.given([recorded]).when(recordMinutes()).thenThrows(ErrorCodes.ALREADY_EXISTS));
  it('folds the minutes', () => expect(fold(minutesDecider, [recorded])).toEqual({ exists: true, ...recorded.data }));
  it('leaves the state alone for an unknown event type', () => {
    const state = fold(minutesDecider, [recorded]);
    expect(minutesDecider.evolve(state, { type: 'SomethingElse', data: {} } as never)).toBe(state);
  });
  it('names its stream and plan decision ids', () => {
    expect(minutesStream('lokaler-obj', '2026-03')).toBe('minutes-lokaler-obj-2026-03');
    expect(planDecisionRef('lokal', 2026, 2)).toBe('lokal/2026/2');
    expect(parsePlanDecisionRef('lokal/2026/2')).toEqual({ object: 'lokal', year: 2026, revision: 2 });
    expect(parsePlanDecisionRef('P-7')).toBeNull();
  });
});
