import type { DomainEvent } from '../shared';

export type TermDefined = DomainEvent<'TermDefined', { id: string; label: string; definition: string }>;
export type TermRevised = DomainEvent<'TermRevised', { id: string; label: string; definition: string; version: number }>;
export type TermDeprecated = DomainEvent<'TermDeprecated', { id: string; reason: string; replacedBy: string | null }>;
export type LocalSynonymMapped = DomainEvent<'LocalSynonymMapped', { id: string; stakeholder: string; label: string }>;

export type TermEvent = TermDefined | TermRevised | TermDeprecated | LocalSynonymMapped;
