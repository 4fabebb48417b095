import type { DomainCommand } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { ManagementObjectRoles } from './management-object.events';

/** What the scope's rules read of the registers, loaded by the application from their streams:
 * the named body and each named system and process (an id absent from the map is unknown). */
export interface ManagementObjectScopeRefs {
  body?: GovernanceBodyState;
  systems: Record<string, { exists: boolean; retired?: boolean }>;
  processes: Record<string, { exists: boolean }>;
}

interface ScopeInput {
  id: string;
  name: string;
  systems: string[];
  processes: string[];
  body: string;
}

export type RegisterManagementObject = DomainCommand<'RegisterManagementObject', ScopeInput & { roles: ManagementObjectRoles }> & {
  refs: ManagementObjectScopeRefs;
};
export type ChangeManagementObjectScope = DomainCommand<'ChangeManagementObjectScope', ScopeInput> & { refs: ManagementObjectScopeRefs };
export type AssignManagementObjectRoles = DomainCommand<'AssignManagementObjectRoles', { id: string; roles: ManagementObjectRoles }>;

export type ManagementObjectCommand = RegisterManagementObject | ChangeManagementObjectScope | AssignManagementObjectRoles;
