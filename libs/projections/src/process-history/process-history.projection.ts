import { dict, toDict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';

export interface RevisionDecision {
  /** `consensus` when every participant accepted; otherwise the deciding body's approval. */
  by: 'consensus' | 'body';
  body: string | null;
  level: string | null;
  motivation: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

export interface RevisionEntry {
  revision: number;
  proposalId: string | null;
  appliedAt: string;
  summary: string;
  actor: string;
  rebased: boolean;
  decision: RevisionDecision | null;
  /** Global position of the event that carries this revision's definition: the definition is read
   * from the store when asked, so the state (and every snapshot) stays small. */
  position: string;
}

export interface AdoptionEntry {
  stakeholder: string;
  revision: number;
  adoptedOn: string;
  recordedAt: string;
  /** Global position of the AdoptionRecorded event (decimal string): as-of reads cut the list here. */
  position: string;
}

/**
 * Revisions and adoptions only ever grow, in position order, and an entry never changes once
 * written: the history as of position P is the live one cut at P (process-history.as-of.ts), so
 * as-of reads need no snapshot.
 */
export interface ProcessHistoryState {
  processes: Record<string, { revisions: RevisionEntry[]; adoptions: AdoptionEntry[] }>;
  /** Decision behind a proposal that is not yet applied; dropped once it lands or closes. */
  pendingDecisions: Record<string, RevisionDecision>;
}

export const processHistoryProjection: Projection<ProcessHistoryState> = {
  name: 'process-history',
  version: 2,
  eventTypes: ['ProcessRegistered', 'ProcessRevised', 'AdoptionRecorded', 'ProposalAccepted', 'ProposalDecided', 'ProposalAmended', 'ProposalWithdrawn', 'ProposalApplied'],
  initialState: () => ({ processes: dict(), pendingDecisions: dict() }),
  revive: (s) => ({ processes: toDict(s.processes), pendingDecisions: toDict(s.pendingDecisions) }),
  apply(s, e) {
    switch (e.type) {
      case 'ProcessRegistered':
        s.processes[e.data.id] = {
          revisions: [
            {
              revision: 1,
              proposalId: null,
              appliedAt: e.metadata.occurredAt,
              summary: 'registered',
              actor: e.metadata.actor,
              rebased: false,
              decision: null,
              position: e.position.toString(),
            },
          ],
          adoptions: [],
        };
        break;
      case 'ProcessRevised': {
        const p = s.processes[e.data.id];
        if (!p) break;
        p.revisions.push({
          revision: e.data.revision,
          proposalId: e.data.proposalId,
          appliedAt: e.metadata.occurredAt,
          summary: e.data.summary,
          actor: e.metadata.actor,
          rebased: e.data.rebased,
          decision: s.pendingDecisions[e.data.proposalId] ?? null,
          position: e.position.toString(),
        });
        delete s.pendingDecisions[e.data.proposalId];
        break;
      }
      case 'AdoptionRecorded':
        s.processes[e.data.id]?.adoptions.push({
          stakeholder: e.data.stakeholder,
          revision: e.data.revision,
          adoptedOn: e.data.adoptedOn,
          recordedAt: e.metadata.occurredAt,
          position: e.position.toString(),
        });
        break;
      case 'ProposalAccepted':
        s.pendingDecisions[e.data.id] = {
          by: 'consensus',
          body: null,
          level: null,
          motivation: null,
          decidedBy: null,
          decidedAt: e.metadata.occurredAt,
        };
        break;
      case 'ProposalDecided':
        if (e.data.outcome === 'approve') {
          s.pendingDecisions[e.data.id] = {
            by: 'body',
            body: e.data.body,
            level: e.data.level,
            motivation: e.data.motivation,
            decidedBy: e.data.decidedBy,
            decidedAt: e.metadata.occurredAt,
          };
        } else delete s.pendingDecisions[e.data.id];
        break;
      case 'ProposalAmended':
      case 'ProposalWithdrawn':
        delete s.pendingDecisions[e.data.id];
        break;
      case 'ProposalApplied':
        // A change lands as ProcessRevised (which may come before or after this event, it is
        // another stream); a deviation makes no revision, so nothing will pick its decision up.
        if (e.data.revision === null) delete s.pendingDecisions[e.data.id];
        break;
    }
    return s;
  },
};
