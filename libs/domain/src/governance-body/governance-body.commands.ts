import type { DomainCommand } from '../shared';
import type { GovernanceLevel } from './governance-level';
import type { GovernanceBodyState } from './governance-body.state';

/** `parentBody` is the current state of the named parent's stream, loaded by the application. */
export type EstablishGovernanceBody = DomainCommand<
  'EstablishGovernanceBody',
  { id: string; name: string; level: GovernanceLevel; parent?: string | null; members: string[] }
> & { refs: { parentBody?: GovernanceBodyState } };
export type SetGovernanceBodyMembers = DomainCommand<'SetGovernanceBodyMembers', { id: string; members: string[] }>;

export type GovernanceBodyCommand = EstablishGovernanceBody | SetGovernanceBodyMembers;
