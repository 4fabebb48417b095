import type { GovernanceLevel } from '../governance-body/governance-level';
import type { PatchOperation } from '../process/definition';
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

export interface ProposalConflict {
  headRevision: number;
  reason: string;
}

/** What every submitted proposal has, whatever its status. */
interface ProposalFacts {
  exists: true;
  id: string;
  processId: string;
  kind: ProposalKind;
  submittedBy: string;
  submitterStakeholder: string;
  /** For a deviation: the stakeholder that keeps it. */
  stakeholder: string | null;
  /** 1 at submission, +1 per amendment; reviews belong to one version. */
  version: number;
  baseRevision: number;
  changes: PatchOperation[];
  rationale: string;
  requiredLevel: GovernanceLevel;
  reviewers: string[];
  /** Reviews of the current version, by stakeholder. */
  reviews: Record<string, ProposalReview>;
  governingBody: string;
  decisions: ProposalDecision[];
  reviewDeadline: string | null;
  submittedAt: string;
}

/** Not held by a body: every status but `escalated`. */
interface NotHeld {
  heldBy: null;
  heldLevel: null;
}

/**
 * No proposal has been submitted under this id. Its fields are empty rather than absent, so that
 * a reader of any state (the application's answer for an id it has not seen) needs no check; the
 * decider checks `exists` or the status first and never reads them.
 */
export interface NoProposal extends Omit<ProposalFacts, 'exists' | 'kind' | 'requiredLevel'>, NotHeld {
  exists: false;
  status: null;
  kind: null;
  requiredLevel: null;
  appliedRevision: null;
  conflict: null;
}

/** Waiting for its reviews (submitted or amended), or accepted or approved and about to be applied. */
export interface OpenProposal extends ProposalFacts, NotHeld {
  status: 'submitted' | 'accepted' | 'approved';
  appliedRevision: null;
  conflict: null;
}

/** Held by a governance body, which decides it or escalates it one level up. */
export interface EscalatedProposal extends ProposalFacts {
  status: 'escalated';
  /** The body that holds the proposal. */
  heldBy: string;
  heldLevel: GovernanceLevel;
  appliedRevision: null;
  conflict: null;
}

/** Accepted or approved, but the change no longer applied to the head: its submitter amends or withdraws it. */
export interface ConflictedProposal extends ProposalFacts, NotHeld {
  status: 'conflicted';
  appliedRevision: null;
  conflict: ProposalConflict;
}

/** The next revision of its process (`appliedRevision`), or a recorded deviation (null). */
export interface AppliedProposal extends ProposalFacts, NotHeld {
  status: 'applied';
  appliedRevision: number | null;
  conflict: null;
}

/** Rejected by a body, or withdrawn by its submitter (a withdrawn conflicted proposal keeps its conflict). */
export interface EndedProposal extends ProposalFacts, NotHeld {
  status: 'rejected' | 'withdrawn';
  appliedRevision: null;
  conflict: ProposalConflict | null;
}

/** A submitted proposal, by status. */
export type Proposal = OpenProposal | EscalatedProposal | ConflictedProposal | AppliedProposal | EndedProposal;

/** The decider's state: a union by status, so a guard that checks the status also tells the
 * compiler which fields are set (who holds it, its conflict, its applied revision). */
export type ProposalState = NoProposal | Proposal;

/** Nothing happens to a proposal in these statuses any more. */
export const CLOSED_STATUSES: readonly ProposalStatus[] = ['applied', 'rejected', 'withdrawn'];
export const isClosed = (state: ProposalState): state is AppliedProposal | EndedProposal =>
  state.status !== null && CLOSED_STATUSES.includes(state.status);
