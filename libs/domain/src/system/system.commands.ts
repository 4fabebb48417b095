import type { DomainCommand } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { StakeholderState } from '../stakeholder/stakeholder.state';

export type RegisterSystem = DomainCommand<
  'RegisterSystem',
  { id: string; name: string; ownerStakeholder: string; ownerPrincipal?: string; governingBody: string }
> & { refs: { owner: StakeholderState; body: GovernanceBodyState } };
export type RetireSystem = DomainCommand<'RetireSystem', { id: string; reason: string }>;

export type SystemCommand = RegisterSystem | RetireSystem;
