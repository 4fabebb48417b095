import type { ProposalState } from '@samsyn/domain';
import type { ProposalView } from './application.port';

/** docs/api.md's representation of a proposal, from its aggregate state. */
export const toProposalView = (s: ProposalState): ProposalView => ({
  id: s.id,
  processId: s.processId,
  kind: s.kind ?? 'change',
  status: s.status ?? 'unknown',
  requiredLevel: s.requiredLevel ?? 'object',
  heldBy: s.heldBy,
  version: s.version,
  baseRevision: s.baseRevision,
  changes: s.changes,
  rationale: s.rationale,
  submittedBy: s.submittedBy,
  stakeholder: s.stakeholder,
  reviewDeadline: s.reviewDeadline,
  reviewers: s.reviewers,
  reviews: Object.entries(s.reviews).map(([stakeholder, r]) => ({
    stakeholder,
    reviewer: r.reviewer,
    verdict: r.verdict,
    comment: r.comment,
    version: s.version,
  })),
  decisions: s.decisions.map((d) => ({ body: d.body, level: d.level, outcome: d.outcome, motivation: d.motivation, decidedBy: d.decidedBy })),
  appliedRevision: s.appliedRevision,
});
