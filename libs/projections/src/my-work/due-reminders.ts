import type { MyWorkState } from './my-work.projection';

/** How early and how late reminders go out (SAMSYN_REMINDER_LEAD, SAMSYN_BODY_REMINDER_AFTER). */
export interface ReminderTimings {
  /** A missing reviewer is reminded this long before the review deadline. */
  reviewLeadMs: number;
  /** A body holding a proposal this long is reminded. */
  bodyHoldMs: number;
}

export type DueReminder =
  | { kind: 'review'; proposalId: string; processId: string; stakeholder: string; deadline: string }
  | { kind: 'hold'; proposalId: string; processId: string; body: string; heldSince: string };

/**
 * The reminders due at `now` and not yet sent, by the facts of "my work". A review reminder goes
 * from `deadline - lead` until the deadline (past it the escalation sweep takes over); a hold
 * reminder once the body has held the proposal `bodyHoldMs`. The reminder decider refuses a second
 * one for the same occasion, so a read model that lags costs a refusal, never a second mail.
 */
export const dueReminders = (state: MyWorkState, now: string, timings: ReminderTimings): DueReminder[] => {
  const t = Date.parse(now);
  const out: DueReminder[] = [];
  for (const p of Object.values(state.proposals)) {
    if (p.status === 'submitted' && p.reviewDeadline !== null) {
      const deadline = Date.parse(p.reviewDeadline);
      if (t >= deadline - timings.reviewLeadMs && t < deadline) {
        for (const stakeholder of p.reviewers) {
          if (p.reviewed.includes(stakeholder) || (p.reminded ?? []).includes(stakeholder)) continue;
          out.push({ kind: 'review', proposalId: p.id, processId: p.processId, stakeholder, deadline: p.reviewDeadline });
        }
      }
    }
    if (p.status === 'escalated' && p.heldBy !== null && !p.holdRemindedAt && t - Date.parse(p.statusAt) >= timings.bodyHoldMs) {
      out.push({ kind: 'hold', proposalId: p.id, processId: p.processId, body: p.heldBy, heldSince: p.statusAt });
    }
  }
  return out.sort((a, b) => a.proposalId.localeCompare(b.proposalId));
};
