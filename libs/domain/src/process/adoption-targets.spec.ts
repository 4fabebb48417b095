import { ErrorCodes, fold, type CommandContext } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import { body, definition } from './process.fixtures';
import type { SetAdoptionTargets } from './process.commands';
import { processDecider } from './process.decider';
import type { ProcessEvent } from './process.events';

const spec = DeciderSpecification.for(processDecider);
const as = (id: string): CommandContext => ({ principal: { id, roles: [] }, now: '2026-03-01T09:00:00.000Z' });
const registered: ProcessEvent = {
  type: 'ProcessRegistered',
  data: { id: 'VA-03', name: 'Leasing in', owner: { principal: 'olga', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definition() },
};
const objectBody = body('obj', 'object', 'adm', ['bo']);
const setTargets = (targets: Record<string, string>, who = 'bo', revision = 1, b = objectBody): SetAdoptionTargets => ({
  type: 'SetAdoptionTargets',
  data: { id: 'VA-03', revision, targets },
  refs: { body: b },
  context: as(who),
});
const targetsSet = (targets: Record<string, string>): ProcessEvent => ({ type: 'AdoptionTargetsSet', data: { id: 'VA-03', revision: 1, targets, body: 'obj', setBy: 'bo' } });

describe('Roll-out: target adoption dates', () => {
  it('given a revision, when a member of the governing body sets targets, then they are recorded per participant', () =>
    spec.given([registered]).when(setTargets({ uhem: '2026-06-30', fsn: '2026-04-30' })).then([targetsSet({ fsn: '2026-04-30', uhem: '2026-06-30' })]));
  it('refuses a principal who is not a member of the governing body', () =>
    spec.given([registered]).when(setTargets({ fsn: '2026-04-30' }, 'olga')).thenThrows(ErrorCodes.NOT_A_BODY_MEMBER));
  it('refuses a member of another body', () =>
    spec.given([registered]).when(setTargets({ fsn: '2026-04-30' }, 'bo', 1, body('other', 'object', 'adm', ['bo']))).thenThrows(ErrorCodes.BODY_UNKNOWN));
  it('refuses an organisation that does not take part in the revision', () =>
    spec.given([registered]).when(setTargets({ nobody: '2026-04-30' })).thenThrows(ErrorCodes.NOT_A_PARTICIPANT, 'nobody'));
  it('refuses an inherited property name as an organisation', () =>
    spec.given([registered]).when(setTargets(JSON.parse('{"__proto__": "2026-04-30"}'))).thenThrows(ErrorCodes.NOT_A_PARTICIPANT));
  it.each(['2026-02-30', 'soon', ''])('refuses the date %p', (date) => spec.given([registered]).when(setTargets({ fsn: date })).thenThrows(ErrorCodes.INVALID_INPUT, 'fsn'));
  it('refuses no targets at all', () => spec.given([registered]).when(setTargets({})).thenThrows(ErrorCodes.INVALID_INPUT));
  it('refuses an unknown revision', () => spec.given([registered]).when(setTargets({ fsn: '2026-04-30' }, 'bo', 2)).thenThrows(ErrorCodes.REVISION_UNKNOWN));
  it('refuses a missing process', () => spec.given([]).when(setTargets({ fsn: '2026-04-30' })).thenThrows(ErrorCodes.NOT_FOUND));
  it('given targets set twice, then the later date of a participant replaces the earlier, the others stay', () =>
    expect(fold(processDecider, [registered, targetsSet({ fsn: '2026-04-30', ksn: '2026-05-31' }), targetsSet({ fsn: '2026-06-30' })]).adoptionTargets).toEqual({
      1: { fsn: '2026-06-30', ksn: '2026-05-31' },
    }));
});
