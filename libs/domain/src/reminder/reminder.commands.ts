import type { DomainCommand } from '../shared';

export type SendReviewReminder = DomainCommand<'SendReviewReminder', { proposalId: string; processId: string; stakeholder: string; deadline: string }>;
export type SendBodyHoldReminder = DomainCommand<'SendBodyHoldReminder', { proposalId: string; processId: string; body: string; heldSince: string }>;

export type ReminderCommand = SendReviewReminder | SendBodyHoldReminder;
