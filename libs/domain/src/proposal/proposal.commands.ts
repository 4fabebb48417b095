import type { DomainCommand } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { PatchOperation } from '../process/definition';
import type { DefinitionRefs } from '../process/process.commands';
import type { ProcessState } from '../process/process.state';
import type { StakeholderState } from '../stakeholder/stakeholder.state';
import type { DiagramLayout } from '../process/diagram-layout';
import type { ProposalKind } from './proposal.events';

export type SubmitProposal = DomainCommand<
  'SubmitProposal',
  {
    id: string;
    processId: string;
    kind: ProposalKind;
    baseRevision: number;
    changes: PatchOperation[];
    rationale: string;
    reviewDeadline?: string | null;
    stakeholder?: string | null;
    /** Where the diagram the changes were read from drew the definition (a proposal from BPMN). */
    layout?: DiagramLayout;
  }
> & { refs: DefinitionRefs & { process: ProcessState } };

export type AmendProposal = DomainCommand<
  'AmendProposal',
  { id: string; baseRevision: number; changes: PatchOperation[]; rationale: string }
> & { refs: DefinitionRefs & { process: ProcessState } };

export type WithdrawProposal = DomainCommand<'WithdrawProposal', { id: string; reason: string }>;

export type ReviewProposal = DomainCommand<
  'ReviewProposal',
  { id: string; stakeholder: string; verdict: 'accept' | 'reject'; comment: string }
> & { refs: { stakeholder: StakeholderState } };

/** `body` is the deciding body's state; `parentBody` its parent's (needed to escalate). */
export type DecideProposal = DomainCommand<
  'DecideProposal',
  { id: string; body: string; outcome: 'approve' | 'reject' | 'escalate'; motivation: string }
> & { refs: { body: GovernanceBodyState; parentBody?: GovernanceBodyState } };

/** Sent by the deadline process manager; the domain decides with the `now` it is given. */
export type EscalateOverdueProposal = DomainCommand<'EscalateOverdueProposal', { id: string }>;

/** Sent by the application once the process stream recorded the revision (or the deviation). */
export type MarkProposalApplied = DomainCommand<'MarkProposalApplied', { id: string; revision: number | null; rebased: boolean }>;
export type MarkProposalConflicted = DomainCommand<'MarkProposalConflicted', { id: string; headRevision: number; reason: string }>;

export type ProposalCommand =
  | SubmitProposal
  | AmendProposal
  | WithdrawProposal
  | ReviewProposal
  | DecideProposal
  | EscalateOverdueProposal
  | MarkProposalApplied
  | MarkProposalConflicted;
