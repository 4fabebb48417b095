import { ErrorCodes, fold, type Role } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import { DeciderSpecification } from '../testing/decider-spec';
import type { AssignManagementObjectRoles, ChangeManagementObjectScope, ManagementObjectScopeRefs, RegisterManagementObject } from './management-object.commands';
import { managementObjectDecider } from './management-object.decider';
import type { ManagementObjectEvent } from './management-object.events';
import { isObjectManager } from './management-object.state';
import { managementObjectStream } from './management-object.stream';

const spec = DeciderSpecification.for(managementObjectDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const admin = { principal: { id: 'ada', roles: [{ role: 'admin' } as Role] }, now: NOW };
const owner = { principal: { id: 'olle', roles: [{ role: 'process-owner', stakeholder: 'ksn' } as Role] }, now: NOW };

const objectBody: GovernanceBodyState = { exists: true, id: 'lokaler-obj', name: 'Objekt lokaler', level: 'object', parent: 'lokaler-adm', members: ['bo'] };
const refs = (over: Partial<ManagementObjectScopeRefs> = {}): ManagementObjectScopeRefs => ({
  body: objectBody,
  systems: { lokalis: { exists: true, retired: false } },
  processes: { 'LF-01': { exists: true } },
  ...over,
});
const roles = { owner: 'olof', businessManager: 'vera', itManager: 'ivan' };
const register = (data: Partial<RegisterManagementObject['data']> = {}, r = refs(), context = admin): RegisterManagementObject => ({
  type: 'RegisterManagementObject',
  data: { id: 'lokal', name: 'Lokalförsörjning', systems: ['lokalis'], processes: ['LF-01'], body: 'lokaler-obj', roles, ...data },
  refs: r,
  context,
});
const changeScope = (data: Partial<ChangeManagementObjectScope['data']> = {}, r = refs(), context = admin): ChangeManagementObjectScope => ({
  type: 'ChangeManagementObjectScope',
  data: { id: 'lokal', name: 'Lokalförsörjning', systems: ['lokalis'], processes: ['LF-01'], body: 'lokaler-obj', ...data },
  refs: r,
  context,
});
const assign = (r: unknown, context = admin): AssignManagementObjectRoles => ({ type: 'AssignManagementObjectRoles', data: { id: 'lokal', roles: r as typeof roles }, context });

const registered: ManagementObjectEvent = {
  type: 'ManagementObjectRegistered',
  data: { id: 'lokal', name: 'Lokalförsörjning', systems: ['lokalis'], processes: ['LF-01'], body: 'lokaler-obj', roles },
};

describe('ManagementObject decider', () => {
  describe('register', () => {
    it('registers an object with its scope and roles', () => spec.given([]).when(register()).then([registered]));
    it('deduplicates systems and processes', () =>
      spec.given([]).when(register({ systems: ['lokalis', ' lokalis '], processes: ['LF-01', 'LF-01'] })).thenEvents(([e]) =>
        expect(e.data).toMatchObject({ systems: ['lokalis'], processes: ['LF-01'] }),
      ));
    it('may cover no system and support no process yet', () =>
      spec.given([]).when(register({ systems: [], processes: [] })).thenEvents(([e]) => expect(e.data).toMatchObject({ systems: [], processes: [] })));
    it('refuses an unknown body', () => spec.given([]).when(register({}, refs({ body: undefined }))).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses a body state of another body', () => spec.given([]).when(register({ body: 'other' })).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it.each(['administration', 'portfolio'] as const)('refuses a body at %s level', (level) =>
      spec.given([]).when(register({}, refs({ body: { ...objectBody, level } }))).thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('refuses an unregistered system', () => spec.given([]).when(register({ systems: ['ghost'] })).thenThrows(ErrorCodes.SYSTEM_UNKNOWN, 'ghost'));
    it('refuses a retired system', () =>
      spec.given([]).when(register({}, refs({ systems: { lokalis: { exists: true, retired: true } } }))).thenThrows(ErrorCodes.SYSTEM_RETIRED));
    it('refuses an unregistered process', () => spec.given([]).when(register({ processes: ['XX-9'] })).thenThrows(ErrorCodes.PROCESS_UNKNOWN, 'XX-9'));
    it.each(['owner', 'businessManager', 'itManager'] as const)('refuses a missing role %s', (role) =>
      spec.given([]).when(register({ roles: { ...roles, [role]: ' ' } })).thenThrows(ErrorCodes.INVALID_INPUT, `roles.${role}`));
    it('refuses roles that are not an object', () => spec.given([]).when(register({ roles: null as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'roles.owner'));
    it('refuses systems that are not an array', () => spec.given([]).when(register({ systems: 'lokalis' as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'systems'));
    it.each(['id', 'name', 'body'] as const)('refuses an empty %s', (field) =>
      spec.given([]).when(register({ [field]: '' })).thenThrows(ErrorCodes.INVALID_INPUT, field));
    it('refuses an existing object', () => spec.given([registered]).when(register()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('refuses a non-admin', () => spec.given([]).when(register({}, refs(), owner)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('change scope', () => {
    it('records the new scope', () =>
      spec.given([registered]).when(changeScope({ name: 'Lokaler', processes: [] })).then([
        { type: 'ManagementObjectScopeChanged', data: { id: 'lokal', name: 'Lokaler', systems: ['lokalis'], processes: [], body: 'lokaler-obj' } },
      ]));
    it('appends nothing for the same scope in another order', () =>
      spec.given([{ ...registered, data: { ...registered.data, systems: ['a', 'lokalis'] } }]).when(
        changeScope({ systems: ['lokalis', 'a'] }, refs({ systems: { lokalis: { exists: true }, a: { exists: true } } })),
      ).then([]));
    it('checks the new body as registration does', () =>
      spec.given([registered]).when(changeScope({}, refs({ body: { ...objectBody, level: 'portfolio' } }))).thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('checks the new systems as registration does', () => spec.given([registered]).when(changeScope({ systems: ['ghost'] })).thenThrows(ErrorCodes.SYSTEM_UNKNOWN));
    it('refuses a missing object', () => spec.given([]).when(changeScope()).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a non-admin', () => spec.given([registered]).when(changeScope({}, refs(), owner)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('assign roles', () => {
    it('records the new roles', () =>
      spec.given([registered]).when(assign({ ...roles, itManager: 'iris' })).then([
        { type: 'ManagementObjectRolesAssigned', data: { id: 'lokal', roles: { ...roles, itManager: 'iris' } } },
      ]));
    it('appends nothing for the same roles', () => spec.given([registered]).when(assign(roles)).then([]));
    it('refuses an empty role', () => spec.given([registered]).when(assign({ ...roles, owner: '' })).thenThrows(ErrorCodes.INVALID_INPUT, 'roles.owner'));
    it('refuses a missing object', () => spec.given([]).when(assign(roles)).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a non-admin', () => spec.given([registered]).when(assign(roles, owner)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('evolve', () => {
    it('starts as not existing', () => expect(managementObjectDecider.initialState().exists).toBe(false));
    it('folds the history', () =>
      expect(
        fold(managementObjectDecider, [
          registered,
          { type: 'ManagementObjectRolesAssigned', data: { id: 'lokal', roles: { ...roles, owner: 'ulla' } } },
          { type: 'ManagementObjectScopeChanged', data: { id: 'lokal', name: 'Lokaler', systems: [], processes: ['LF-01'], body: 'obj-2' } },
        ]),
      ).toEqual({ exists: true, id: 'lokal', name: 'Lokaler', systems: [], processes: ['LF-01'], body: 'obj-2', roles: { ...roles, owner: 'ulla' } }));
    it('leaves the state alone for an unknown event type', () => {
      const state = fold(managementObjectDecider, [registered]);
      expect(managementObjectDecider.evolve(state, { type: 'SomethingElse', data: {} } as never)).toBe(state);
    });
    it('knows the object managers, not the owner', () => {
      const state = fold(managementObjectDecider, [registered]);
      expect([isObjectManager(state, 'vera'), isObjectManager(state, 'ivan'), isObjectManager(state, 'olof')]).toEqual([true, true, false]);
    });
  });

  it('names its stream', () => expect(managementObjectStream('lokal')).toBe('management-object-lokal'));
});
