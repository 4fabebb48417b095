import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '@samsyn/domain/shared';
import { ApiError, ApiErrorCodes } from '../errors/api-error';
import type { SamsynRequest } from '../http/samsyn-request';
import { TOKEN_VERIFIER } from '../tokens';
import { clientAddress } from '../throttling/client-address';
import { FAILED_SIGN_INS, type FailedSignInLimiter } from '../throttling/failed-sign-in-limiter';
import { rateLimited } from '../throttling/rate-limited';
import { IS_PUBLIC, QUERY_TOKEN, REQUIRED_ROLES } from './auth.decorators';
import type { TokenVerifier } from './token-verifier';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Only auditor roles: may read everything, write nothing. */
export const isReadOnly = (p: Principal): boolean => p.roles.length > 0 && p.roles.every((r) => r.role === 'auditor');

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(FAILED_SIGN_INS) private readonly failedSignIns: FailedSignInLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<SamsynRequest>();
    // An address that failed too often waits, whatever it sends now (failed-sign-in-limiter.ts).
    const address = clientAddress(req);
    const wait = this.failedSignIns.retryAfterSeconds(address);
    if (wait > 0) {
      throw rateLimited(req.res, wait, ApiErrorCodes.TOO_MANY_FAILED_SIGN_INS, 'too many failed sign-ins from this address; retry later / för många misslyckade inloggningar från denna adress; försök igen senare');
    }
    const token = this.tokenOf(req, this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN, targets) ?? false);
    if (!token) {
      this.failedSignIns.recordFailure(address);
      req.res?.setHeader('WWW-Authenticate', 'Bearer');
      throw new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, 'a bearer token is required');
    }
    try {
      req.principal = await this.verifier.verify(token);
    } catch (e) {
      // Only a refused token is the client's to fix (and counts as a failed sign-in); a provider we
      // cannot reach (503) is not.
      if ((e as { statusCode?: number }).statusCode === 401) {
        this.failedSignIns.recordFailure(address);
        req.res?.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      }
      throw e;
    }
    const principal = req.principal;
    if (!READ_METHODS.has(req.method) && isReadOnly(principal)) {
      throw new ApiError(403, ApiErrorCodes.FORBIDDEN, 'auditors have read-only access');
    }
    const required = this.reflector.getAllAndOverride<string[]>(REQUIRED_ROLES, targets);
    if (required && !principal.roles.some((r) => required.includes(r.role))) {
      throw new ApiError(403, ApiErrorCodes.FORBIDDEN, `requires one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private tokenOf(req: SamsynRequest, allowQuery: boolean): string | undefined {
    const header = req.header('authorization');
    if (header) {
      const m = /^Bearer\s+([A-Za-z0-9\-_.=]+)\s*$/i.exec(header);
      return m ? m[1] : undefined;
    }
    const q = req.query?.access_token;
    return allowQuery && typeof q === 'string' ? q : undefined;
  }
}
