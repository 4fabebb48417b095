import type { DomainEvent } from '../shared';

/**
 * A process is to be reviewed every `intervalMonths` months by `owner` (a principal). Set by the
 * process's owner or an admin; the cycle counts from the last review (docs/governance-notifications.md).
 */
export type ProcessReviewCycleSet = DomainEvent<'ProcessReviewCycleSet', { processId: string; intervalMonths: number; owner: string; setBy: string }>;

/** The review came due on `dueOn` (a calendar day) and its owner was told. Once per due day. */
export type ProcessReviewDue = DomainEvent<'ProcessReviewDue', { processId: string; owner: string; dueOn: string }>;

/** The owner reviewed the process and found nothing to change; the comment says what was looked at. */
export type ProcessReviewedNoChange = DomainEvent<'ProcessReviewedNoChange', { processId: string; comment: string; reviewedBy: string }>;

export type ProcessReviewEvent = ProcessReviewCycleSet | ProcessReviewDue | ProcessReviewedNoChange;
