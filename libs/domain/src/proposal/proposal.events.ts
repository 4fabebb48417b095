import type { DomainEvent } from '../shared';
import type { GovernanceLevel } from '../governance-body/governance-level';
import type { PatchOperation } from '../process/definition';

export type ProposalKind = 'change' | 'deviation';
export type ProposalStatus =
  | 'submitted'
  | 'escalated'
  | 'accepted'
  | 'approved'
  | 'applied'
  | 'rejected'
  | 'withdrawn'
  | 'conflicted';

export type EscalationReason = 'rejected-in-review' | 'review-deadline-passed' | 'by-choice';

export type ProposalSubmitted = DomainEvent<
  'ProposalSubmitted',
  {
    id: string;
    processId: string;
    kind: ProposalKind;
    submittedBy: string;
    submitterStakeholder: string;
    /** For a deviation: the stakeholder that keeps it. */
    stakeholder: string | null;
    baseRevision: number;
    changes: PatchOperation[];
    rationale: string;
    requiredLevel: GovernanceLevel;
    /** The participants asked to review (the process's participants at submission). */
    reviewers: string[];
    governingBody: string;
    reviewDeadline: string | null;
    /** The command's `now`: evolve has no metadata, and the overdue-review process manager and lead-time reports need it. */
    submittedAt: string;
  }
>;

/** Schema version 2 (v1 carried `approved: boolean`; see upcasting/). */
export type ReviewSubmitted = DomainEvent<
  'ReviewSubmitted',
  { id: string; version: number; stakeholder: string; reviewer: string; verdict: 'accept' | 'reject'; comment: string }
>;

/** Every participant accepted the current version: consensus. */
export type ProposalAccepted = DomainEvent<'ProposalAccepted', { id: string; version: number }>;

export type ProposalEscalated = DomainEvent<
  'ProposalEscalated',
  {
    id: string;
    fromBody: string | null;
    toBody: string;
    toLevel: GovernanceLevel;
    reason: EscalationReason;
    by: string;
    motivation: string;
  }
>;

export type ProposalDecided = DomainEvent<
  'ProposalDecided',
  { id: string; body: string; level: GovernanceLevel; outcome: 'approve' | 'reject'; motivation: string; decidedBy: string }
>;

export type ProposalWithdrawn = DomainEvent<'ProposalWithdrawn', { id: string; reason: string; by: string }>;

export type ProposalAmended = DomainEvent<
  'ProposalAmended',
  {
    id: string;
    version: number;
    baseRevision: number;
    changes: PatchOperation[];
    rationale: string;
    requiredLevel: GovernanceLevel;
    reviewers: string[];
  }
>;

/** `revision` is the new process revision, or null for a deviation (recorded, no revision). */
export type ProposalApplied = DomainEvent<'ProposalApplied', { id: string; revision: number | null; rebased: boolean }>;

export type ProposalConflicted = DomainEvent<'ProposalConflicted', { id: string; headRevision: number; reason: string }>;

export type ProposalEvent =
  | ProposalSubmitted
  | ReviewSubmitted
  | ProposalAccepted
  | ProposalEscalated
  | ProposalDecided
  | ProposalWithdrawn
  | ProposalAmended
  | ProposalApplied
  | ProposalConflicted;
