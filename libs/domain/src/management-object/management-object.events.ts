import type { DomainEvent } from '../shared';

/** PM3's roles on an object, each a principal id: objektägare, objektledare verksamhet, objektledare IT. */
export interface ManagementObjectRoles {
  owner: string;
  businessManager: string;
  itManager: string;
}

export interface ManagementObjectScope {
  /** Registered systems the object covers. */
  systems: string[];
  /** Registered processes the object supports. */
  processes: string[];
  /** The object-level governance body that decides its plans. */
  body: string;
}

export type ManagementObjectRegistered = DomainEvent<
  'ManagementObjectRegistered',
  { id: string; name: string; roles: ManagementObjectRoles } & ManagementObjectScope
>;
export type ManagementObjectRolesAssigned = DomainEvent<'ManagementObjectRolesAssigned', { id: string; roles: ManagementObjectRoles }>;
export type ManagementObjectScopeChanged = DomainEvent<'ManagementObjectScopeChanged', { id: string; name: string } & ManagementObjectScope>;

export type ManagementObjectEvent = ManagementObjectRegistered | ManagementObjectRolesAssigned | ManagementObjectScopeChanged;

export const MANAGEMENT_OBJECT_EVENT_TYPES: readonly ManagementObjectEvent['type'][] = [
  'ManagementObjectRegistered',
  'ManagementObjectRolesAssigned',
  'ManagementObjectScopeChanged',
];
