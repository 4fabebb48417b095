import { parseInstant, type AsOf } from '@samsyn/projections';
import { CliError } from './cli-io';

/** A bare integer is a global position; anything else must be an ISO-8601 instant. */
export const parseAsOf = (value: string): Exclude<AsOf, undefined> => {
  if (/^\d+$/.test(value)) {
    // As the HTTP API: a position past the head answers as of the head; past 2^53 − 1 it is refused.
    const position = BigInt(value);
    if (position > BigInt(Number.MAX_SAFE_INTEGER)) throw new CliError(`--as-of: a global position is at most ${Number.MAX_SAFE_INTEGER}: "${value}"`);
    return { position };
  }
  try {
    return { instant: parseInstant(value) };
  } catch {
    throw new CliError(`--as-of: not an ISO-8601 instant or a global position: "${value}"`);
  }
};
