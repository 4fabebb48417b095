/**
 * A process's review cycle, on a stream of its own: setting it or recording a review never races a
 * proposal applying a revision to the process's stream (docs/governance-notifications.md).
 */
export const processReviewStream = (processId: string): string => `process-review-${processId}`;
