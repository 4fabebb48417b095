import { ErrorCodes, fold, SYSTEM_PRINCIPAL, type CommandContext, type Role } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import { dayAfter } from './calendar';
import { body, refs, registeredProcess } from './process.fixtures';
import type { ApplyChangeProposal, SetDefaultAdoptionTarget } from './process.commands';
import { processDecider } from './process.decider';
import type { ProcessEvent } from './process.events';

/** Roll-out default (docs/harmonization.md): N days after a revision is applied, decided by the
 * process owner or the governing body, used for every participant of each revision applied later. */
const spec = DeciderSpecification.for(processDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const as = (id: string, ...roles: Role[]): CommandContext => ({ principal: { id, roles }, now: NOW });
const olga = as('olga', { role: 'process-owner', stakeholder: 'ksn' });
const registered = registeredProcess();
const objectBody = body('obj', 'object', 'adm', ['bo']);
const setDefault = (daysAfterApplied: number | null, context = as('bo'), b = objectBody): SetDefaultAdoptionTarget => ({
  type: 'SetDefaultAdoptionTarget',
  data: { id: 'VA-03', daysAfterApplied },
  refs: { body: b },
  context,
});
const defaultSet = (daysAfterApplied: number | null, setBy = 'bo'): ProcessEvent => ({ type: 'DefaultAdoptionTargetSet', data: { id: 'VA-03', daysAfterApplied, setBy } });
const apply = (proposalId: string, now = NOW): ApplyChangeProposal => ({
  type: 'ApplyChangeProposal',
  data: { id: 'VA-03', proposalId, baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s2/name', value: 'Approve locally' }], rationale: 'r', initiatedBy: 'olga' },
  context: { principal: SYSTEM_PRINCIPAL, now },
  refs: refs(),
});

describe('Roll-out: the process default adoption target', () => {
  describe('setting it', () => {
    it('given a process, when a member of its governing body sets 90 days, then the default is recorded', () =>
      spec.given([registered]).when(setDefault(90)).then([defaultSet(90)]));
    it('given a process, when a process owner of the owning organisation sets it, then it is recorded as theirs', () =>
      spec.given([registered]).when(setDefault(30, olga)).then([defaultSet(30, 'olga')]));
    it('refuses a process owner of another organisation who is not in the body', () =>
      spec.given([registered]).when(setDefault(30, as('frida', { role: 'process-owner', stakeholder: 'fsn' }))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a member of another body', () => spec.given([registered]).when(setDefault(30, as('bo'), body('other', 'object', 'adm', ['bo']))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it.each([0, -5, 2.5, 3651, Number.NaN])('refuses %p days', (days) => spec.given([registered]).when(setDefault(days)).thenThrows(ErrorCodes.INVALID_INPUT, 'daysAfterApplied'));
    it('accepts the bounds 1 and 3650', () => {
      spec.given([registered]).when(setDefault(1)).then([defaultSet(1)]);
      spec.given([registered]).when(setDefault(3650)).then([defaultSet(3650)]);
    });
    it('given a default, when it is cleared with null, then it is recorded as none', () =>
      spec.given([registered, defaultSet(90)]).when(setDefault(null)).then([defaultSet(null)]));
    it('given the same default, when set again, then nothing is appended', () => {
      spec.given([registered, defaultSet(90)]).when(setDefault(90, olga)).then([]);
      spec.given([registered]).when(setDefault(null)).then([]);
    });
    it('refuses a missing process', () => spec.given([]).when(setDefault(90)).thenThrows(ErrorCodes.NOT_FOUND));
  });

  describe('when a revision is applied', () => {
    it('given a default of 90 days, then the revision gets every participant of it, 90 days after it was applied, in the same append', () =>
      spec.given([registered, defaultSet(90)]).when(apply('p1')).thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual(['ProcessRevised', 'AdoptionTargetsSet']);
        expect(events[1]).toEqual({
          type: 'AdoptionTargetsSet',
          data: { id: 'VA-03', revision: 2, targets: { fsn: '2026-05-30', ksn: '2026-05-30', uhem: '2026-05-30' }, body: 'obj', setBy: 'bo', daysAfterApplied: 90 },
        });
      }));
    it('given no default, or one cleared, then the revision gets no targets', () => {
      spec.given([registered]).when(apply('p1')).thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ProcessRevised']));
      spec.given([registered, defaultSet(90), defaultSet(null)]).when(apply('p1')).thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ProcessRevised']));
    });
    it('given targets set by hand afterwards, then they replace the default date of the participants they name', () => {
      const events = [registered, defaultSet(10), ...processDecider.decide(apply('p1'), fold(processDecider, [registered, defaultSet(10)]))];
      const byHand: ProcessEvent = { type: 'AdoptionTargetsSet', data: { id: 'VA-03', revision: 2, targets: { uhem: '2026-12-31' }, body: 'obj', setBy: 'bo' } };
      expect(fold(processDecider, [...events, byHand]).adoptionTargets).toEqual({ 2: { fsn: '2026-03-11', ksn: '2026-03-11', uhem: '2026-12-31' } });
    });
    it('counts whole days in UTC from the instant it was applied, across a month and a year', () => {
      expect(dayAfter('2026-12-31T23:30:00.000+00:00', 1)).toBe('2027-01-01');
      expect(dayAfter('2026-01-31T00:00:00.000Z', 30)).toBe('2026-03-02');
      expect(dayAfter('2026-03-01T00:30:00+01:00', 1)).toBe('2026-03-01');
    });
    it('given a later default, then only revisions applied afterwards use it', () => {
      const first = [registered, defaultSet(10), ...processDecider.decide(apply('p1'), fold(processDecider, [registered, defaultSet(10)]))];
      const state = fold(processDecider, [...first, defaultSet(20)]);
      expect(state.adoptionTargets[2]).toEqual({ fsn: '2026-03-11', ksn: '2026-03-11', uhem: '2026-03-11' });
      expect(state.defaultAdoptionTarget).toEqual({ daysAfterApplied: 20, setBy: 'bo' });
    });
  });
});
