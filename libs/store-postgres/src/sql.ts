import { StoreUnavailableError } from '@samsyn/event-store/port';

/** Double-quotes an SQL identifier (the schema name is configuration, not user input, but still). */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** LIKE pattern matching strings that start with `prefix` (escapes %, _ and the escape itself). */
export const likePrefix = (prefix: string): string => prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';

/** int8 columns arrive as strings from `pg`; positions and revisions must never pass through a JS number. */
export const toBigInt = (v: string | number | bigint): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export const toBigIntOrNull = (v: string | number | bigint | null | undefined): bigint | null =>
  v === null || v === undefined ? null : toBigInt(v);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/** What pg says when a connection died or could not be had (these errors carry no code). */
const DRIVER_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Client was closed|Connection ended/i;

/**
 * SQLSTATE classes that mean "the server is not there / went away", not "your query is wrong":
 * 08 connection exception, 57P operator intervention (admin shutdown, crash shutdown, cannot
 * connect now: starting up or shutting down), 53 insufficient resources. Also socket errors, and
 * a dual-stack connect's AggregateError whose parts are socket errors.
 */
export const isConnectionError = (e: unknown, depth = 0): boolean => {
  if (e === null || typeof e !== 'object' || depth > 3) return false;
  const err = e as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  if (/^(08|57P|53)/.test(code)) return true;
  if (NETWORK_CODES.has(code)) return true;
  if (typeof err.message === 'string' && DRIVER_MESSAGES.test(err.message)) return true;
  if (Array.isArray(err.errors) && err.errors.length > 0 && err.errors.every((x) => isConnectionError(x, depth + 1))) return true;
  return err.cause !== undefined && isConnectionError(err.cause, depth + 1);
};

/** A lost connection becomes StoreUnavailableError (503, retried by the catch-up subscription); anything else stays as it is. */
export const asStoreError = (e: unknown, doing: string): unknown =>
  isConnectionError(e) ? new StoreUnavailableError(`PostgreSQL unavailable while ${doing}: ${(e as Error).message}`, e) : e;
