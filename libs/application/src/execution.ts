import type { Principal } from '@samsyn/domain';

/**
 * How a use case is asked to write: by whom, when, and under which HTTP guarantees. Every use
 * case (apps/api/src/modules/<capability>/commands/<use-case>/) loads the target stream and every
 * stream its rule needs, decides with the pure domain, appends with the revision it read, and
 * retries on a concurrency conflict (re-reading, re-deciding). None touches a read model.
 */
export interface ExecutionOptions {
  principal: Principal;
  /** ISO instant; defaults to the application's clock. */
  now?: string;
  correlationId?: string;
  /** What caused the command: its own command id when omitted (one per request), or the id of
   * the event a follow-up (apply, mark, escalation) is a consequence of. */
  causationId?: string | null;
  /** The same key again → the first result, nothing appended. Scoped by the caller (the HTTP
   * layer: per principal), unique across every route. */
  idempotencyKey?: string;
  /** Fingerprint of the request (method, path, body) kept with a keyed write: the same key with
   * another fingerprint is IdempotencyKeyReusedError. */
  requestHash?: string;
  /** From If-Match: refuse with StaleRevisionError (→ 412) if the target stream moved on. */
  ifMatch?: bigint;
}

/** What the process managers' use cases are given: they act as the system principal. */
export type SystemExecutionOptions = Omit<ExecutionOptions, 'principal'>;

export interface ExecutionResult<R = unknown> {
  streamId: string;
  /** Stream revision after the write (the ETag). */
  revision: bigint;
  /** Global position of the last event written (for read-your-writes). */
  position: bigint;
  /** True when served from the idempotency record. */
  replayed: boolean;
  /** The representation after the write: the aggregate's state, or for a proposal the read
   * model's view (proposals/proposal-writes.ts). */
  resource: R;
}
