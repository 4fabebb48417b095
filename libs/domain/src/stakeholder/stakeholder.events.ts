import type { DomainEvent } from '../shared';

export type StakeholderKind = 'committee' | 'company' | 'administration' | 'office';
export const STAKEHOLDER_KINDS: readonly StakeholderKind[] = ['committee', 'company', 'administration', 'office'];

export type StakeholderRegistered = DomainEvent<'StakeholderRegistered', { id: string; name: string; kind: StakeholderKind }>;
export type StakeholderRenamed = DomainEvent<'StakeholderRenamed', { id: string; name: string; previousName: string }>;
export type StakeholderRetired = DomainEvent<'StakeholderRetired', { id: string; reason: string }>;

export type StakeholderEvent = StakeholderRegistered | StakeholderRenamed | StakeholderRetired;
