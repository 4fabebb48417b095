import { ErrorCodes, fold, type Role } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { StakeholderState } from '../stakeholder/stakeholder.state';
import { DeciderSpecification } from '../testing/decider-spec';
import type { RegisterSystem, RetireSystem } from './system.commands';
import { systemDecider } from './system.decider';
import type { SystemEvent } from './system.events';
import { systemStream } from './system.stream';

const spec = DeciderSpecification.for(systemDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const admin = { principal: { id: 'ada', roles: [{ role: 'admin' } as Role] }, now: NOW };
const auditor = { principal: { id: 'aud', roles: [{ role: 'auditor' } as Role] }, now: NOW };

const owner: StakeholderState = { exists: true, id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee', retired: false };
const objectBody: GovernanceBodyState = { exists: true, id: 'it-obj', name: 'IT-objekt', level: 'object', parent: 'it-adm', members: [] };

const register = (
  data: Partial<RegisterSystem['data']> = {},
  refs: Partial<RegisterSystem['refs']> = {},
  context = admin,
): RegisterSystem => ({
  type: 'RegisterSystem',
  data: { id: 'lokalis', name: 'Lokalis', ownerStakeholder: 'ksn', governingBody: 'it-obj', ...data },
  refs: { owner, body: objectBody, ...refs },
  context,
});
const retire = (reason = 'replaced', context = admin): RetireSystem => ({ type: 'RetireSystem', data: { id: 'lokalis', reason }, context });

const registered: SystemEvent = {
  type: 'SystemRegistered',
  data: { id: 'lokalis', name: 'Lokalis', ownerStakeholder: 'ksn', ownerPrincipal: 'ada', governingBody: 'it-obj' },
};
const retired: SystemEvent = { type: 'SystemRetired', data: { id: 'lokalis', reason: 'replaced' } };

describe('System decider', () => {
  describe('register', () => {
    it('registers, owned by the registering principal by default', () => spec.given([]).when(register()).then([registered]));
    it('registers with a named owner principal', () =>
      spec
        .given([])
        .when(register({ ownerPrincipal: 'olle' }))
        .thenEvents(([e]) => expect(e.data).toMatchObject({ ownerPrincipal: 'olle' })));
    it('refuses an empty owner principal', () =>
      spec.given([]).when(register({ ownerPrincipal: ' ' })).thenThrows(ErrorCodes.INVALID_INPUT, 'ownerPrincipal'));
    it('refuses an unknown owner stakeholder', () =>
      spec.given([]).when(register({}, { owner: { ...owner, exists: false } })).thenThrows(ErrorCodes.STAKEHOLDER_UNKNOWN));
    it('refuses an owner state that belongs to another stakeholder', () =>
      spec.given([]).when(register({ ownerStakeholder: 'uppsalahem' })).thenThrows(ErrorCodes.STAKEHOLDER_UNKNOWN));
    it('refuses a retired owner stakeholder', () =>
      spec.given([]).when(register({}, { owner: { ...owner, retired: true } })).thenThrows(ErrorCodes.STAKEHOLDER_RETIRED));
    it('refuses an unknown governing body', () =>
      spec.given([]).when(register({}, { body: { ...objectBody, exists: false } })).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses a body state that belongs to another body', () =>
      spec.given([]).when(register({ governingBody: 'other' })).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it.each(['administration', 'portfolio'] as const)('refuses a governing body at %s level', (level) =>
      spec.given([]).when(register({}, { body: { ...objectBody, level } })).thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it.each(['id', 'name', 'ownerStakeholder', 'governingBody'] as const)('refuses an empty %s', (field) =>
      spec.given([]).when(register({ [field]: '' })).thenThrows(ErrorCodes.INVALID_INPUT, field));
    it('refuses an existing system', () => spec.given([registered]).when(register()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('refuses a non-admin', () => spec.given([]).when(register({}, {}, auditor)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('retire', () => {
    it('retires with a reason', () => spec.given([registered]).when(retire()).then([retired]));
    it('refuses a second retirement', () => spec.given([registered, retired]).when(retire()).thenThrows(ErrorCodes.ALREADY_RETIRED));
    it('refuses a missing system', () => spec.given([]).when(retire()).thenThrows(ErrorCodes.NOT_FOUND));
    it('requires a reason', () => spec.given([registered]).when(retire('')).thenThrows(ErrorCodes.INVALID_INPUT, 'reason'));
    it('refuses a non-admin', () => spec.given([registered]).when(retire('x', auditor)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('evolve', () => {
    it('starts as not existing', () => expect(systemDecider.initialState().exists).toBe(false));
    it('folds the history', () =>
      expect(fold(systemDecider, [registered, retired])).toEqual({
        exists: true,
        id: 'lokalis',
        name: 'Lokalis',
        ownerStakeholder: 'ksn',
        ownerPrincipal: 'ada',
        governingBody: 'it-obj',
        retired: true,
      }));
    it('leaves the state alone for an unknown event type', () => {
      const state = fold(systemDecider, [registered]);
      expect(systemDecider.evolve(state, { type: 'SomethingElse', data: {} } as never)).toBe(state);
    });
  });

  it('names its stream', () => expect(systemStream('lokalis')).toBe('system-lokalis'));
});
