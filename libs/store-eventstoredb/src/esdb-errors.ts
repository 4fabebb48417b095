import { DeadlineExceededError, UnavailableError } from '@eventstore/db-client';
import { StoreUnavailableError } from '@samsyn/event-store/port';

/** A server that is not there (or too slow to answer) becomes StoreUnavailableError; anything else stays as it is. */
export const unavailable = (e: unknown, doing: string): unknown =>
  e instanceof UnavailableError || e instanceof DeadlineExceededError
    ? new StoreUnavailableError(`EventStoreDB unavailable while ${doing}: ${(e as Error).message}`, e)
    : e;
