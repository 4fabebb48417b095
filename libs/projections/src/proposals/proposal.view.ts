import type { ProposalRecord } from './proposals.projection';

/** docs/api.md's proposal representation (GET /proposals/:id, the board): the proposal, its
 * reviews, decisions and escalations, and who has yet to review its current version. */
export const proposalView = (p: ProposalRecord) => ({
  id: p.id,
  processId: p.processId,
  kind: p.kind,
  status: p.status,
  requiredLevel: p.requiredLevel,
  heldBy: p.heldBy,
  version: p.version,
  baseRevision: p.baseRevision,
  changes: p.changes,
  rationale: p.rationale,
  submittedBy: p.submittedBy,
  stakeholder: p.stakeholder,
  reviewDeadline: p.reviewDeadline,
  reviewers: p.reviewers,
  reviews: p.reviews,
  decisions: p.decisions,
  escalations: p.escalations,
  appliedRevision: p.appliedRevision,
  submittedAt: p.submittedAt,
  decidedAt: p.decidedAt,
  closedAt: p.closedAt,
  awaitingReviewFrom: awaitingReviewFrom(p),
});

/** The one shape a proposal is answered in. */
export type ProposalView = ReturnType<typeof proposalView>;

/** Participants asked to review the current version who have not answered yet. */
export const awaitingReviewFrom = (p: ProposalRecord): string[] => {
  if (p.status !== 'submitted') return [];
  const answered = new Set(p.reviews.filter((r) => r.version === p.version).map((r) => r.stakeholder));
  return p.reviewers.filter((s) => !answered.has(s));
};
