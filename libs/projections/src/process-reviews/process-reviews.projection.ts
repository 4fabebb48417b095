import { dict, toDict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';

/** The last review of a process: its registration, a revision (an applied change proposal) or "reviewed, no change". */
export interface LastReview {
  at: string;
  kind: 'registered' | 'revision' | 'no-change';
  by: string;
  revision: number;
  comment: string | null;
}

export interface ProcessReviewRow {
  processId: string;
  name: string;
  head: number;
  cycle: { intervalMonths: number; owner: string; setBy: string; setAt: string } | null;
  lastReview: LastReview;
  /** The due day last notified to the owner (ProcessReviewDue), or null. */
  notifiedDueOn: string | null;
  /** Every "reviewed, no change", oldest first. */
  noChangeReviews: { at: string; by: string; comment: string }[];
}

export interface ProcessReviewsState {
  processes: Record<string, ProcessReviewRow>;
}

/**
 * The review cycle of every process (docs/governance-notifications.md "Review cycles"): interval,
 * owner, and the last review — the registration, an applied change proposal (ProcessRevised) or the
 * owner's "reviewed, no change". When it is next due is computed at read time (process-reviews.report.ts).
 */
export const processReviewsProjection: Projection<ProcessReviewsState> = {
  name: 'process-reviews',
  version: 1,
  eventTypes: ['ProcessRegistered', 'ProcessRevised', 'ProcessReviewCycleSet', 'ProcessReviewDue', 'ProcessReviewedNoChange'],
  initialState: () => ({ processes: dict() }),
  revive: (s) => ({ processes: toDict(s.processes) }),
  apply(s, e) {
    const at = e.metadata.occurredAt;
    switch (e.type) {
      case 'ProcessRegistered':
        s.processes[e.data.id] = {
          processId: e.data.id,
          name: e.data.name,
          head: e.data.revision,
          cycle: null,
          lastReview: { at, kind: 'registered', by: e.metadata.actor, revision: e.data.revision, comment: null },
          notifiedDueOn: null,
          noChangeReviews: [],
        };
        break;
      case 'ProcessRevised': {
        const p = s.processes[e.data.id];
        if (p) {
          p.head = e.data.revision;
          p.lastReview = { at, kind: 'revision', by: e.metadata.actor, revision: e.data.revision, comment: null };
        }
        break;
      }
      case 'ProcessReviewCycleSet': {
        const p = s.processes[e.data.processId];
        if (p) p.cycle = { intervalMonths: e.data.intervalMonths, owner: e.data.owner, setBy: e.data.setBy, setAt: at };
        break;
      }
      case 'ProcessReviewDue': {
        const p = s.processes[e.data.processId];
        if (p) p.notifiedDueOn = e.data.dueOn;
        break;
      }
      case 'ProcessReviewedNoChange': {
        const p = s.processes[e.data.processId];
        if (p) {
          p.lastReview = { at, kind: 'no-change', by: e.data.reviewedBy, revision: p.head, comment: e.data.comment };
          p.noChangeReviews.push({ at, by: e.data.reviewedBy, comment: e.data.comment });
        }
        break;
      }
    }
    return s;
  },
};
