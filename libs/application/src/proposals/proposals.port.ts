import type { PatchOperation, ProposalKind } from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult, SystemExecutionOptions } from '../execution';
import type { proposalView } from '@samsyn/projections/proposals/proposal.view';

/**
 * The proposal lifecycle (apps/api/src/modules/proposals). Every write answers the proposal as
 * its read model shows it (GET /proposals/:id's ProposalView), after settlement: a proposal that
 * becomes accepted or approved is applied in the same request (proposals/settlement.ts).
 */
export interface ProposalUseCases {
  /** Applies at once when the proposal needs no review (and is then accepted): see the answer's status. */
  submitProposal(processId: string, input: SubmitProposalInput, options: ExecutionOptions): Promise<ProposalWrite>;
  amendProposal(id: string, input: AmendProposalInput, options: ExecutionOptions): Promise<ProposalWrite>;
  withdrawProposal(id: string, input: { reason: string }, options: ExecutionOptions): Promise<ProposalWrite>;
  /** The last accept settles the proposal (the next revision, or `conflicted`) before answering. */
  reviewProposal(id: string, input: ReviewProposalInput, options: ExecutionOptions): Promise<ProposalWrite>;
  /** An approval settles the proposal before answering. */
  decideProposal(id: string, input: DecideProposalInput, options: ExecutionOptions): Promise<ProposalWrite>;
  /** The overdue-review process manager: escalate a proposal whose review deadline passed with reviews missing. */
  escalateOverdue(id: string, options: SystemExecutionOptions): Promise<ProposalWrite>;
  /** The recovery process manager: settle a proposal a dead request left accepted or approved.
   * A no-op for any other status. */
  recoverPending(id: string, options: SystemExecutionOptions): Promise<ProposalWrite>;
}

/** A proposal as docs/api.md shows it: the proposals read model's view, which GET /proposals/:id
 * answers too (a write's answer is folded by the same projection: proposal-writes.ts). */
export type ProposalView = ReturnType<typeof proposalView>;

export type ProposalWrite = ExecutionResult<ProposalView>;

export interface SubmitProposalInput {
  /** The client's choice; generated when absent. */
  id?: string;
  kind?: ProposalKind;
  baseRevision: number;
  changes: PatchOperation[];
  rationale: string;
  reviewDeadline?: string | null;
  /** A deviation: the stakeholder that keeps it. */
  stakeholder?: string | null;
}

export interface AmendProposalInput {
  baseRevision: number;
  changes: PatchOperation[];
  rationale: string;
}

export interface ReviewProposalInput {
  stakeholder: string;
  verdict: 'accept' | 'reject';
  comment: string;
}

export interface DecideProposalInput {
  body: string;
  outcome: 'approve' | 'reject' | 'escalate';
  motivation: string;
}
