import { StoreUnavailableError } from '@samsyn/event-store';

/** An event id that is already stored (ids are unique across the store). */
export class DuplicateEventIdError extends Error {
  readonly code = 'DUPLICATE_EVENT_ID';
  constructor(readonly streamId: string, cause?: unknown) {
    super(`append to ${streamId}: an event id is already stored or repeated in the batch`, { cause });
    this.name = 'DuplicateEventIdError';
  }
}

// Lock contention beyond busy_timeout, I/O, a full disk, a read-only or damaged file: the store is
// not usable right now. Everything else (a constraint we did not foresee, a bug) stays as it is.
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|CORRUPT|NOTADB|PROTOCOL|NOMEM)/;

export function mapSqliteError(error: unknown, context: string, streamId?: string): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return error;
  if (streamId !== undefined && code === 'SQLITE_CONSTRAINT_UNIQUE' && /events\.id/.test(String((error as Error).message))) {
    return new DuplicateEventIdError(streamId, error);
  }
  if (UNAVAILABLE.test(code)) return new StoreUnavailableError(`sqlite ${context}: ${code} ${(error as Error).message}`, error);
  return error;
}
