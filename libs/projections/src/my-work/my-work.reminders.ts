import type { ProjectedEvent } from '../projection';

/** The reminder and review-cycle facts of "my work" (issue 14), beside the proposal facts. */
export const REMINDER_EVENT_TYPES = ['ReviewReminderSent', 'BodyHoldReminderSent', 'ProcessReviewCycleSet', 'ProcessReviewDue', 'ProcessReviewedNoChange'] as const;

/** A process review due and not yet done: its owner has a task until a review or a revision. */
export interface WorkProcessReview {
  owner: string;
  intervalMonths: number;
  /** The due day notified (ProcessReviewDue); null while none is outstanding. */
  dueOn: string | null;
  dueAt: string | null;
}

/** The parts of the my-work state these facts touch (the state itself is declared in my-work.projection.ts). */
interface ReminderFacts {
  proposals: Record<string, { reviewDeadline: string | null; heldBy: string | null; statusAt: string; reminded?: string[]; holdRemindedAt?: string | null }>;
  processes: Record<string, { review?: WorkProcessReview | null }>;
}

export const applyReminderFact = (s: ReminderFacts, e: ProjectedEvent): boolean => {
  const at = e.metadata.occurredAt;
  switch (e.type) {
    case 'ReviewReminderSent': {
      const p = s.proposals[e.data.proposalId];
      // Only a reminder of the current deadline counts: an amendment with a new one asks afresh.
      if (p && p.reviewDeadline === e.data.deadline && !(p.reminded ??= []).includes(e.data.stakeholder)) p.reminded.push(e.data.stakeholder);
      return true;
    }
    case 'BodyHoldReminderSent': {
      const p = s.proposals[e.data.proposalId];
      if (p && p.heldBy === e.data.body && p.statusAt === e.data.heldSince) p.holdRemindedAt = at;
      return true;
    }
    case 'ProcessReviewCycleSet': {
      const p = s.processes[e.data.processId];
      if (p) p.review = { dueOn: null, dueAt: null, ...p.review, owner: e.data.owner, intervalMonths: e.data.intervalMonths };
      return true;
    }
    case 'ProcessReviewDue': {
      const r = s.processes[e.data.processId]?.review;
      if (r) Object.assign(r, { dueOn: e.data.dueOn, dueAt: at, owner: e.data.owner });
      return true;
    }
    case 'ProcessReviewedNoChange': {
      const r = s.processes[e.data.processId]?.review;
      if (r) Object.assign(r, { dueOn: null, dueAt: null });
      return true;
    }
    default:
      return false;
  }
};
