import type { DomainEvent } from '../shared';

/**
 * A reviewer organisation still missing on a proposal was reminded that the review deadline is
 * near (issue 14). One per proposal, stakeholder and deadline: an amendment with a new deadline
 * may remind again.
 */
export type ReviewReminderSent = DomainEvent<'ReviewReminderSent', { proposalId: string; processId: string; stakeholder: string; deadline: string; sentAt: string }>;

/** The body holding a proposal was reminded that it has held it long. One per hold (body and since when). */
export type BodyHoldReminderSent = DomainEvent<'BodyHoldReminderSent', { proposalId: string; processId: string; body: string; heldSince: string; sentAt: string }>;

export type ReminderEvent = ReviewReminderSent | BodyHoldReminderSent;
