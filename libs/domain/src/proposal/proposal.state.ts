import type { GovernanceLevel, PatchOperation } from '../process/definition';
import type { ProposalKind, ProposalStatus } from './proposal.events';

export interface ProposalReview {
  verdict: 'accept' | 'reject';
  reviewer: string;
  comment: string;
}

export interface ProposalDecision {
  body: string;
  level: GovernanceLevel;
  outcome: 'approve' | 'reject';
  motivation: string;
  decidedBy: string;
}

export interface ProposalState {
  exists: boolean;
  id: string;
  processId: string;
  kind: ProposalKind | null;
  status: ProposalStatus | null;
  submittedBy: string;
  submitterStakeholder: string;
  /** For a deviation: the stakeholder that keeps it. */
  stakeholder: string | null;
  /** 1 at submission, +1 per amendment; reviews belong to one version. */
  version: number;
  baseRevision: number;
  changes: PatchOperation[];
  rationale: string;
  requiredLevel: GovernanceLevel | null;
  reviewers: string[];
  /** Reviews of the current version, by stakeholder. */
  reviews: Record<string, ProposalReview>;
  governingBody: string;
  /** The body that holds the proposal while escalated, else null. */
  heldBy: string | null;
  heldLevel: GovernanceLevel | null;
  decisions: ProposalDecision[];
  reviewDeadline: string | null;
  appliedRevision: number | null;
  conflict: { headRevision: number; reason: string } | null;
  submittedAt: string;
}

/** Nothing happens to a proposal in these statuses any more. */
export const CLOSED_STATUSES: readonly ProposalStatus[] = ['applied', 'rejected', 'withdrawn'];
export const isClosed = (state: ProposalState): boolean => state.status !== null && CLOSED_STATUSES.includes(state.status);
