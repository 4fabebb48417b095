import type { Pool, PoolClient } from 'pg';
import { StoreUnavailableError } from '@samsyn/event-store/port';
import { isConnectionError } from './sql';

/** Told about every connection the server cut (restart, failover, network): for the log only. */
export type ConnectionErrorListener = (error: Error) => void;

const guarded = new WeakSet<Pool>();

/**
 * A pg client whose connection dies emits 'error' — whether it is idle in the pool, checked out
 * by a transaction, or a LISTEN connection — and an 'error' with no listener kills the process
 * (issue 10 item 3: a PostgreSQL restart under load exited the server). The pool only listens on
 * its idle clients and re-emits on itself; a checked-out client has no listener at all. So every
 * pool we use gets a listener, and every client it creates gets one for its whole life. The
 * failure itself still reaches whoever was using the connection: its query rejects, or its next
 * query does ("not queryable"), and the pool drops the dead client on release.
 */
export const guardPool = (pool: Pool, onError: ConnectionErrorListener = () => undefined): Pool => {
  if (guarded.has(pool)) return pool;
  guarded.add(pool);
  pool.on('error', (err) => onError(err));
  pool.on('connect', (client: PoolClient) => {
    client.on('error', (err) => onError(err));
  });
  return pool;
};

/** A driver error that means "the server is not there" becomes StoreUnavailableError (503); others pass. */
export const asUnavailable = (e: unknown, doing: string): unknown =>
  isConnectionError(e) ? new StoreUnavailableError(`PostgreSQL unavailable while ${doing}: ${(e as Error).message}`, e) : e;
