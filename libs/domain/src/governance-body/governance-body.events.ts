import type { DomainEvent } from '../shared';
import type { GovernanceLevel } from './governance-level';

export type GovernanceBodyEstablished = DomainEvent<
  'GovernanceBodyEstablished',
  { id: string; name: string; level: GovernanceLevel; parent: string | null; members: string[] }
>;
export type GovernanceBodyMembersChanged = DomainEvent<
  'GovernanceBodyMembersChanged',
  { id: string; members: string[]; added: string[]; removed: string[] }
>;

export type GovernanceBodyBudgetFrameSet = DomainEvent<'GovernanceBodyBudgetFrameSet', { id: string; budgetFrame: number | null }>;

export type GovernanceBodyEvent = GovernanceBodyEstablished | GovernanceBodyMembersChanged | GovernanceBodyBudgetFrameSet;
