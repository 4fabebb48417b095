import { ApiError, ApiErrorCodes } from '../errors/api-error';
import type { HttpResponse } from '../http/express-types';

/** Sent with a 429 whose cause knows no better time (AllExceptionsFilter): every 429 says when to retry. */
export const FALLBACK_RETRY_AFTER_SECONDS = 10;

/** A 429 with `Retry-After` (whole seconds, at least 1) on the response and in `details.retryAfterSeconds`. */
export const rateLimited = (res: HttpResponse | undefined, seconds: number, code: string, message: string, details: Record<string, unknown> = {}): ApiError => {
  const retryAfterSeconds = Math.max(1, Math.ceil(seconds));
  res?.setHeader('Retry-After', String(retryAfterSeconds));
  return new ApiError(429, code, message, { ...details, retryAfterSeconds });
};

export const writeRateLimited = (res: HttpResponse | undefined, seconds: number, scope: 'principal' | 'address'): ApiError =>
  rateLimited(
    res,
    seconds,
    ApiErrorCodes.RATE_LIMITED,
    scope === 'principal'
      ? 'too many writes by this principal; retry later / för många skrivningar av denna användare; försök igen senare'
      : 'too many writes from this client address; retry later / för många skrivningar från denna adress; försök igen senare',
    { scope },
  );
