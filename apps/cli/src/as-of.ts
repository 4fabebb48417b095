import { parseInstant, type AsOf } from '@samsyn/projections';
import { CliError } from './cli-io';

/** A bare integer is a global position; anything else must be an ISO-8601 instant. */
export const parseAsOf = (value: string): Exclude<AsOf, undefined> => {
  if (/^\d+$/.test(value)) return { position: BigInt(value) };
  try {
    return { instant: parseInstant(value) };
  } catch {
    throw new CliError(`--as-of: not an ISO-8601 instant or a global position: "${value}"`);
  }
};
