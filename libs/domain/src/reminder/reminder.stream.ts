/**
 * The reminders of one proposal, on a stream of their own rather than the proposal's: a reminder
 * changes nothing of the proposal, and a sweep appending to the proposal's stream would race every
 * review and decision for its revision.
 */
export const reminderStream = (proposalId: string): string => `reminders-${proposalId}`;
