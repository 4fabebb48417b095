import { ErrorCodes, isAdmin, refuse, refuseUnknownCommand, requiredText, type Decider } from '../shared';
import type {
  AssignManagementObjectRoles,
  ChangeManagementObjectScope,
  ManagementObjectCommand,
  ManagementObjectScopeRefs,
  RegisterManagementObject,
} from './management-object.commands';
import type { ManagementObjectEvent, ManagementObjectRoles, ManagementObjectScope } from './management-object.events';
import type { ManagementObjectState } from './management-object.state';

const idList = (value: unknown, field: string): string[] => {
  if (!Array.isArray(value)) return refuse(ErrorCodes.INVALID_INPUT, `${field} must be an array of ids`, { field });
  return [...new Set(value.map((v, i) => requiredText(v, `${field}[${i}]`)))];
};

const rolesOf = (value: unknown): ManagementObjectRoles => {
  const r = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ManagementObjectRoles, unknown>>;
  return { owner: requiredText(r.owner, 'roles.owner'), businessManager: requiredText(r.businessManager, 'roles.businessManager'), itManager: requiredText(r.itManager, 'roles.itManager') };
};

/** The body must be an object-level body and every system and process registered (and no system retired). */
const scopeOf = (data: RegisterManagementObject['data'] | ChangeManagementObjectScope['data'], refs: ManagementObjectScopeRefs): ManagementObjectScope & { name: string } => {
  const name = requiredText(data.name, 'name');
  const body = requiredText(data.body, 'body');
  const systems = idList(data.systems, 'systems');
  const processes = idList(data.processes, 'processes');
  const bodyState = refs?.body;
  if (!bodyState?.exists || bodyState.id !== body) refuse(ErrorCodes.BODY_UNKNOWN, `governance body ${body} does not exist`);
  if (bodyState.level !== 'object') refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `a management object is governed by an object-level body, ${body} is ${bodyState.level}`);
  for (const s of systems) {
    const system = refs.systems?.[s];
    if (!system?.exists) refuse(ErrorCodes.SYSTEM_UNKNOWN, `system ${s} is not registered`, { system: s });
    if (system.retired) refuse(ErrorCodes.SYSTEM_RETIRED, `system ${s} is retired`, { system: s });
  }
  for (const p of processes) if (!refs.processes?.[p]?.exists) refuse(ErrorCodes.PROCESS_UNKNOWN, `process ${p} is not registered`, { process: p });
  return { name, systems, processes, body };
};

const register = ({ data, refs }: RegisterManagementObject, state: ManagementObjectState): ManagementObjectEvent[] => {
  const id = requiredText(data.id, 'id');
  const roles = rolesOf(data.roles);
  const scope = scopeOf(data, refs);
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `management object ${id} already exists`);
  return [{ type: 'ManagementObjectRegistered', data: { id, name: scope.name, systems: scope.systems, processes: scope.processes, body: scope.body, roles } }];
};

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** The same scope again appends nothing (PUT is idempotent). */
const changeScope = ({ data, refs }: ChangeManagementObjectScope, state: ManagementObjectState): ManagementObjectEvent[] => {
  const scope = scopeOf(data, refs);
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `management object ${data.id} does not exist`);
  if (scope.name === state.name && scope.body === state.body && sameList(scope.systems, state.systems) && sameList(scope.processes, state.processes)) return [];
  return [{ type: 'ManagementObjectScopeChanged', data: { id: state.id, ...scope } }];
};

const assignRoles = ({ data }: AssignManagementObjectRoles, state: ManagementObjectState): ManagementObjectEvent[] => {
  const roles = rolesOf(data.roles);
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `management object ${data.id} does not exist`);
  const r = state.roles;
  if (r.owner === roles.owner && r.businessManager === roles.businessManager && r.itManager === roles.itManager) return [];
  return [{ type: 'ManagementObjectRolesAssigned', data: { id: state.id, roles } }];
};

export const managementObjectDecider: Decider<ManagementObjectCommand, ManagementObjectEvent, ManagementObjectState> = {
  initialState: () => ({ exists: false, id: '', name: '', systems: [], processes: [], body: '', roles: { owner: '', businessManager: '', itManager: '' } }),

  decide(command, state) {
    // Admins keep the register of management objects, as they keep the other registers.
    if (!isAdmin(command.context.principal)) refuse(ErrorCodes.NOT_ALLOWED, `only an admin may ${command.type}`);
    switch (command.type) {
      case 'RegisterManagementObject':
        return register(command, state);
      case 'ChangeManagementObjectScope':
        return changeScope(command, state);
      case 'AssignManagementObjectRoles':
        return assignRoles(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ManagementObjectRegistered': {
        const { id, name, systems, processes, body, roles } = event.data;
        return { exists: true, id, name, systems: [...systems], processes: [...processes], body, roles: { ...roles } };
      }
      case 'ManagementObjectScopeChanged': {
        const { name, systems, processes, body } = event.data;
        return { ...state, name, systems: [...systems], processes: [...processes], body };
      }
      case 'ManagementObjectRolesAssigned':
        return { ...state, roles: { ...event.data.roles } };
      default:
        return state;
    }
  },
};
