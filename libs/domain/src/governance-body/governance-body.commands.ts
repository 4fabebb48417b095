import type { DomainCommand } from '../shared';
import type { GovernanceLevel } from './governance-level';
import type { GovernanceBodyState } from './governance-body.state';

/** `parentBody` is the current state of the named parent's stream, loaded by the application. */
export type EstablishGovernanceBody = DomainCommand<
  'EstablishGovernanceBody',
  { id: string; name: string; level: GovernanceLevel; parent?: string | null; members: string[] }
> & { refs: { parentBody?: GovernanceBodyState } };
export type SetGovernanceBodyMembers = DomainCommand<'SetGovernanceBodyMembers', { id: string; members: string[] }>;

/** The budget mandate (SEK a year; null: no frame) — a management plan beyond it escalates (docs/management-objects.md). */
export type SetGovernanceBodyBudgetFrame = DomainCommand<'SetGovernanceBodyBudgetFrame', { id: string; budgetFrame: number | null }>;

export type GovernanceBodyCommand = EstablishGovernanceBody | SetGovernanceBodyMembers | SetGovernanceBodyBudgetFrame;
