import type { Principal } from '@samsyn/domain';
import type { ExpectedRevision } from '@samsyn/event-store';

/**
 * What adapters (HTTP controllers' command handlers, the CLI seeder, sagas) call to change
 * anything. Implemented by SamsynApplication (this lib): it loads the target stream and every
 * stream the rule needs, decides with the pure domain, appends with the revision it read, and
 * retries on a concurrency conflict (re-reading, re-deciding). Never touches a read model.
 */
export interface ExecutionOptions {
  principal: Principal;
  /** ISO instant; defaults to the application's clock. */
  now?: string;
  correlationId?: string;
  causationId?: string | null;
  /** The same key again → the first result, nothing appended. */
  idempotencyKey?: string;
  /** From If-Match: refuse with StaleRevisionError (→ 412) if the target stream moved on. */
  ifMatch?: bigint;
}

export interface ExecutionResult<R = unknown> {
  streamId: string;
  /** Stream revision after the write (the ETag). */
  revision: bigint;
  /** Global position of the last event written (for read-your-writes). */
  position: bigint;
  /** True when served from the idempotency record. */
  replayed: boolean;
  /** The aggregate's representation after the write (e.g. the proposal). */
  resource: R;
}

export type { ExpectedRevision };
