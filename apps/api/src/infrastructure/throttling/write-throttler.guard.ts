import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerOptions } from '@nestjs/throttler';
import type { ApiConfig } from '../config/api-config';
import { ADDRESS_LIMIT_FACTOR } from '../config/http-settings';
import type { HttpResponse } from '../http/express-types';
import type { SamsynRequest } from '../http/samsyn-request';
import { clientAddress } from './client-address';
import { writeRateLimited } from './rate-limited';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BY_PRINCIPAL = 'writes-principal';
const BY_ADDRESS = 'writes-address';

/**
 * Two limits on writes, both must hold: per principal (the token's `sub`, so one user cannot
 * write without bound) and per client address (so many tokens from one place cannot either).
 * The address limit is higher by default: an office shares its address.
 */
export const writeThrottlers = (limits: ApiConfig['writeRateLimit']): ThrottlerOptions[] => [
  {
    name: BY_PRINCIPAL,
    ttl: limits.ttlMs,
    limit: limits.limit,
    // Runs after the AuthGuard, so a write always has a principal; the address is a safe fallback.
    getTracker: (req: Record<string, unknown>) => {
      const r = req as unknown as SamsynRequest;
      return r.principal ? `principal:${r.principal.id}` : `address:${clientAddress(r)}`;
    },
  },
  { name: BY_ADDRESS, ttl: limits.ttlMs, limit: limits.perAddress ?? limits.limit * ADDRESS_LIMIT_FACTOR, getTracker: (req: Record<string, unknown>) => `address:${clientAddress(req as unknown as SamsynRequest)}` },
].map((t) => ({ ...t, setHeaders: false }));

/** Rate limit on writes only, counted across every write route, answering 429 with Retry-After. */
@Injectable()
export class WriteThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return READ_METHODS.has(context.switchToHttp().getRequest<SamsynRequest>().method);
  }

  // The library keys each route apart (class and handler name): a principal could then write the
  // limit on every route. A write is a write, wherever it goes.
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const res = context.switchToHttp().getResponse<HttpResponse>();
    throw writeRateLimited(res, detail.timeToBlockExpire, detail.key.startsWith(BY_ADDRESS) ? 'address' : 'principal');
  }
}
