import type { ManagementObjectRoles } from './management-object.events';

export interface ManagementObjectState {
  exists: boolean;
  id: string;
  name: string;
  systems: string[];
  processes: string[];
  body: string;
  roles: ManagementObjectRoles;
}

/** The object managers draft and follow up its plans (PM3: objektledare verksamhet and IT). */
export const isObjectManager = (state: ManagementObjectState, principalId: string): boolean =>
  state.exists && (state.roles.businessManager === principalId || state.roles.itManager === principalId);
