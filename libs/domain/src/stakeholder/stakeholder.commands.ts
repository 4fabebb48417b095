import type { DomainCommand } from '../shared';
import type { StakeholderKind } from './stakeholder.events';

export type RegisterStakeholder = DomainCommand<'RegisterStakeholder', { id: string; name: string; kind: StakeholderKind }>;
export type RenameStakeholder = DomainCommand<'RenameStakeholder', { id: string; name: string }>;
export type RetireStakeholder = DomainCommand<'RetireStakeholder', { id: string; reason: string }>;

export type StakeholderCommand = RegisterStakeholder | RenameStakeholder | RetireStakeholder;
