import type { DomainEvent } from '../shared';

export type SystemRegistered = DomainEvent<
  'SystemRegistered',
  { id: string; name: string; ownerStakeholder: string; ownerPrincipal: string; governingBody: string }
>;
export type SystemRetired = DomainEvent<'SystemRetired', { id: string; reason: string }>;

export type SystemEvent = SystemRegistered | SystemRetired;
