import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { SamsynRequest } from '../http/samsyn-request';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Rate limit on writes only, counted per principal (runs after the auth guard) or else per address. */
@Injectable()
export class WriteThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return READ_METHODS.has(context.switchToHttp().getRequest<SamsynRequest>().method);
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const r = req as SamsynRequest;
    return r.principal ? `principal:${r.principal.id}` : `ip:${r.ip}`;
  }
}
