import type { PatchOperation } from '@samsyn/domain/process/definition';
import { dict, toDict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';

export interface ProposalRecord {
  id: string;
  processId: string;
  kind: 'change' | 'deviation';
  status: string;
  requiredLevel: string;
  heldBy: string | null;
  version: number;
  baseRevision: number;
  changes: PatchOperation[];
  rationale: string;
  submittedBy: string;
  submitterStakeholder: string;
  stakeholder: string | null;
  governingBody: string;
  reviewDeadline: string | null;
  reviewers: string[];
  reviews: { stakeholder: string; reviewer: string; verdict: string; comment: string; version: number; at: string }[];
  decisions: { body: string; level: string; outcome: string; motivation: string; decidedBy: string; at: string }[];
  escalations: { fromBody: string | null; toBody: string; toLevel: string; reason: string; by: string; at: string }[];
  appliedRevision: number | null;
  submittedAt: string;
  /** When the proposal was settled: consensus, or a body's final approve/reject. */
  decidedAt: string | null;
  closedAt: string | null;
  /** The proposal's stream, and the positions (decimal strings) of its first and latest event:
   * as of a position at or after `lastPosition` the record is the live one; between the two it is
   * refolded from its own stream (proposals.as-of.ts). */
  streamId: string;
  position: string;
  lastPosition: string;
}

export interface ProposalsState {
  proposals: Record<string, ProposalRecord>;
}

export const proposalsProjection: Projection<ProposalsState> = {
  name: 'proposals',
  version: 2,
  eventTypes: ['ProposalSubmitted', 'ReviewSubmitted', 'ProposalAccepted', 'ProposalEscalated', 'ProposalDecided', 'ProposalWithdrawn', 'ProposalAmended', 'ProposalApplied', 'ProposalConflicted'],
  initialState: () => ({ proposals: dict() }),
  revive: (s) => ({ proposals: toDict(s.proposals) }),
  apply(s, e) {
    const at = e.metadata.occurredAt;
    if (e.type === 'ProposalSubmitted') {
      const d = e.data;
      s.proposals[d.id] = {
        id: d.id,
        processId: d.processId,
        kind: d.kind,
        status: 'submitted',
        requiredLevel: d.requiredLevel,
        heldBy: null,
        version: 1,
        baseRevision: d.baseRevision,
        changes: d.changes,
        rationale: d.rationale,
        submittedBy: d.submittedBy,
        submitterStakeholder: d.submitterStakeholder,
        stakeholder: d.stakeholder,
        governingBody: d.governingBody,
        reviewDeadline: d.reviewDeadline,
        reviewers: d.reviewers,
        reviews: [],
        decisions: [],
        escalations: [],
        appliedRevision: null,
        submittedAt: d.submittedAt ?? at,
        decidedAt: null,
        closedAt: null,
        streamId: e.streamId,
        position: e.position.toString(),
        lastPosition: e.position.toString(),
      };
      return s;
    }
    if (!e.type.startsWith('Proposal') && e.type !== 'ReviewSubmitted') return s;
    const p = s.proposals[(e.data as { id: string }).id];
    if (!p) return s;
    p.lastPosition = e.position.toString();
    switch (e.type) {
      case 'ReviewSubmitted':
        p.reviews.push({
          stakeholder: e.data.stakeholder,
          reviewer: e.data.reviewer,
          verdict: e.data.verdict,
          comment: e.data.comment,
          version: e.data.version,
          at,
        });
        break;
      case 'ProposalAccepted':
        p.status = 'accepted';
        p.decidedAt = at;
        break;
      case 'ProposalEscalated':
        p.status = 'escalated';
        p.heldBy = e.data.toBody;
        p.escalations.push({ fromBody: e.data.fromBody, toBody: e.data.toBody, toLevel: e.data.toLevel, reason: e.data.reason, by: e.data.by, at });
        break;
      case 'ProposalDecided':
        p.decisions.push({ body: e.data.body, level: e.data.level, outcome: e.data.outcome, motivation: e.data.motivation, decidedBy: e.data.decidedBy, at });
        p.status = e.data.outcome === 'approve' ? 'approved' : 'rejected';
        p.heldBy = null;
        p.decidedAt = at;
        if (e.data.outcome === 'reject') p.closedAt = at;
        break;
      case 'ProposalWithdrawn':
        p.status = 'withdrawn';
        p.heldBy = null;
        p.closedAt = at;
        break;
      case 'ProposalAmended':
        p.status = 'submitted';
        p.heldBy = null;
        p.version = e.data.version;
        p.baseRevision = e.data.baseRevision;
        p.changes = e.data.changes;
        p.rationale = e.data.rationale;
        p.requiredLevel = e.data.requiredLevel;
        p.reviewers = e.data.reviewers;
        p.decidedAt = null;
        break;
      case 'ProposalApplied':
        p.status = 'applied';
        p.appliedRevision = e.data.revision;
        p.closedAt = at;
        break;
      case 'ProposalConflicted':
        p.status = 'conflicted';
        break;
    }
    return s;
  },
};
