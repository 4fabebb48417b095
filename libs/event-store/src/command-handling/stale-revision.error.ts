/** The caller's If-Match revision is not the stream's: it decided on a view that is out of date.
 * Unlike a concurrency conflict this is not retried — the caller must look again. */
export class StaleRevisionError extends Error {
  readonly code = 'STALE_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: bigint,
    readonly actual: bigint | null,
  ) {
    super(`stream ${streamId}: if-match revision ${expected}, actual ${actual === null ? 'no-stream' : actual.toString()}`);
    this.name = 'StaleRevisionError';
  }
}
