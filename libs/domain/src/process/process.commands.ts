import type { DomainCommand } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { StakeholderState } from '../stakeholder/stakeholder.state';
import type { SystemState } from '../system/system.state';
import type { TermState } from '../term/term.state';
import type { PatchOperation, ProcessDefinition } from './definition';

/** Current states of the streams a definition refers to, loaded by the application from their
 * own streams (never from a lagging read model). Missing keys mean "no such stream". */
export interface DefinitionRefs {
  stakeholders: Record<string, StakeholderState>;
  terms: Record<string, TermState>;
  systems: Record<string, SystemState>;
}

export type RegisterProcess = DomainCommand<
  'RegisterProcess',
  { id: string; name: string; ownerStakeholder: string; governingBody: string; definition: ProcessDefinition }
> & { refs: DefinitionRefs & { body: GovernanceBodyState } };

/** Sent by the application when a proposal was accepted or approved. `initiatedBy`: the
 * principal whose action made it take effect (its submitter, or the member who approved it). */
export type ApplyChangeProposal = DomainCommand<
  'ApplyChangeProposal',
  { id: string; proposalId: string; baseRevision: number; changes: PatchOperation[]; rationale: string; initiatedBy?: string | null }
> & { refs: DefinitionRefs };

export type RecordDeviation = DomainCommand<
  'RecordDeviation',
  {
    id: string;
    proposalId: string;
    stakeholder: string;
    rationale: string;
    changes: PatchOperation[];
    initiatedBy?: string | null;
    /** The revision the deviation's patch was written against (its proposal's base; default the head). */
    baseRevision?: number;
  }
>;

export type RecordAdoption = DomainCommand<
  'RecordAdoption',
  { id: string; stakeholder: string; revision: number; adoptedOn: string }
>;

/** The governing body sets (or moves) target adoption dates for a revision, per participant. */
export type SetAdoptionTargets = DomainCommand<'SetAdoptionTargets', { id: string; revision: number; targets: Record<string, string> }> & {
  refs: { body: GovernanceBodyState };
};

/** The process owner or a member of the governing body sets how many days after a revision is applied
 * each participant should have adopted it (null: no default). */
export type SetDefaultAdoptionTarget = DomainCommand<'SetDefaultAdoptionTarget', { id: string; daysAfterApplied: number | null }> & {
  refs: { body: GovernanceBodyState };
};

export type ProcessCommand = RegisterProcess | ApplyChangeProposal | RecordDeviation | RecordAdoption | SetAdoptionTargets | SetDefaultAdoptionTarget;
