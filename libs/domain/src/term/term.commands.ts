import type { DomainCommand } from '../shared';
import type { StakeholderState } from '../stakeholder/stakeholder.state';
import type { TermState } from './term.state';

export type DefineTerm = DomainCommand<'DefineTerm', { id: string; label: string; definition: string }>;
export type ReviseTerm = DomainCommand<'ReviseTerm', { id: string; label: string; definition: string }>;
export type DeprecateTerm = DomainCommand<'DeprecateTerm', { id: string; reason: string; replacedBy?: string | null }> & {
  refs: { replacement?: TermState };
};
export type MapLocalSynonym = DomainCommand<'MapLocalSynonym', { id: string; stakeholder: string; label: string }> & {
  refs: { stakeholder: StakeholderState };
};

export type TermCommand = DefineTerm | ReviseTerm | DeprecateTerm | MapLocalSynonym;
