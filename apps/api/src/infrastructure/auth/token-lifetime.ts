import { ApiError, ApiErrorCodes } from '../errors/api-error';

/** How long a bearer token may live at most (issue 10 item 21), and the clock it is judged by. */
export interface TokenLifetimePolicy {
  maxLifetimeSeconds: number;
  /** Seconds of clock difference allowed between the issuer and us (exp, nbf, "too far ahead"). */
  clockToleranceSeconds: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
export const DEFAULT_TOKEN_LIFETIME_POLICY: TokenLifetimePolicy = { maxLifetimeSeconds: DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, clockToleranceSeconds: 0 };

const refuse = (code: string, why: string): never => {
  throw new ApiError(401, code, why);
};

const numericDate = (claims: Record<string, unknown>, name: string): number | undefined => {
  const v = claims[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) return refuse(ApiErrorCodes.UNAUTHENTICATED, `the token's ${name} claim is not a number`);
  return v;
};

/**
 * A token must say when it expires, and it may not be valid for longer than the bound: a leaked
 * token without `exp` (or with one a month away) would otherwise open the API for good. The
 * lifetime is counted from the earlier of `iat` and `nbf`; whatever they say, `exp` may never lie
 * further ahead of now than the bound (this also covers tokens without `iat`/`nbf`, and an `iat`
 * set in the future to make a long token look short). Expiry itself is jose's check.
 */
export const checkTokenLifetime = (claims: Record<string, unknown>, nowSeconds: number, policy: TokenLifetimePolicy): void => {
  const exp = numericDate(claims, 'exp');
  if (exp === undefined) refuse(ApiErrorCodes.TOKEN_EXPIRY_REQUIRED, 'the token has no expiry (exp): tokens without one are refused');
  const max = policy.maxLifetimeSeconds;
  const starts = [numericDate(claims, 'iat'), numericDate(claims, 'nbf')].filter((n): n is number => n !== undefined);
  const from = starts.length > 0 ? Math.min(...starts) : undefined;
  if (from !== undefined && exp! - from > max) {
    refuse(ApiErrorCodes.TOKEN_LIFETIME_TOO_LONG, `the token is valid for ${Math.round(exp! - from)} s; at most ${max} s are accepted (SAMSYN_MAX_TOKEN_LIFETIME)`);
  }
  if (exp! - nowSeconds > max + policy.clockToleranceSeconds) {
    refuse(ApiErrorCodes.TOKEN_LIFETIME_TOO_LONG, `the token expires more than ${max} s from now (SAMSYN_MAX_TOKEN_LIFETIME)`);
  }
};

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `90`, `90s`, `15m`, `8h`, `1d` → seconds; anything else (or 0) is an error naming the setting. */
export const parseDurationSeconds = (value: string, name: string): number => {
  const m = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(value);
  const seconds = m ? Number(m[1]) * UNIT_SECONDS[m[2] || 's'] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new Error(`${name} must be a duration such as 3600, 90m, 8h or 1d, got "${value}"`);
  return seconds;
};
