/** Double-quotes an SQL identifier (the schema name is configuration, not user input, but still). */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** LIKE pattern matching strings that start with `prefix` (escapes %, _ and the escape itself). */
export const likePrefix = (prefix: string): string => prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';

/** int8 columns arrive as strings from `pg`; positions and revisions must never pass through a JS number. */
export const toBigInt = (v: string | number | bigint): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export const toBigIntOrNull = (v: string | number | bigint | null | undefined): bigint | null =>
  v === null || v === undefined ? null : toBigInt(v);

/** SQLSTATE classes that mean "the server is not there / went away", not "your query is wrong". */
export const isConnectionError = (e: unknown): boolean => {
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : '';
  if (/^(08|57P|53)/.test(code)) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE'].includes(code)) return true;
  return typeof err?.message === 'string' && /Connection terminated|connection timeout/i.test(err.message);
};
