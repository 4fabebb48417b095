import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, map, mergeMap, Observable, of } from 'rxjs';
import type { HttpResponse as Response } from '../express-types';
import type { SamsynRequest } from '../samsyn-request';
import { PROJECTION_PROGRESS, type ProjectionProgress } from '../../tokens';
import { CACHED_READ } from './cached-read.decorator';
import { ReadCache, type CachedResponse } from './read-cache';

export const READ_CACHE = Symbol('ReadCache');

/** The headers a read handler sets on its answer; the rest (correlation id, helmet) are per request. */
const CAPTURED = ['Content-Type', 'Content-Disposition', 'ETag', 'Vary', 'Link'] as const;
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Live reads (GET without asOf/asOfPosition) of @CachedRead routes are answered from the cache
 * of serialised bodies when the read models have not moved since. Interceptors run after the
 * guards, so a cached answer is only ever given to a request that passed authentication and
 * authorization. On a miss the body is serialised here, as Express's res.json would (same bytes,
 * same Content-Type), and the string is what is sent and kept. The position is read before the
 * handler runs: an answer is only ever filed under a position at or before the state it shows.
 */
@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(READ_CACHE) private readonly cache: ReadCache,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.cache.enabled || context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<SamsynRequest>();
    if (req.method !== 'GET' || !this.reflector.getAllAndOverride<boolean>(CACHED_READ, [context.getHandler(), context.getClass()])) return next.handle();
    const q = req.query as Record<string, unknown> | undefined;
    if (q && (q.asOf !== undefined || q.asOfPosition !== undefined)) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    const position = this.progress.position();
    return position instanceof Promise ? from(position).pipe(mergeMap((p) => this.answer(req, res, p, next))) : this.answer(req, res, position, next);
  }

  private answer(req: SamsynRequest, res: Response, position: bigint | null, next: CallHandler): Observable<unknown> {
    // Accept and Accept-Language choose JSON or CSV and the CSV form (Vary says so to other caches too).
    const key = ReadCache.key(position, `${req.originalUrl}\u0000${req.headers.accept ?? ''}\u0000${req.headers['accept-language'] ?? ''}`);
    const hit = this.cache.get(key);
    if (hit) {
      for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
      return of(hit.body);
    }
    return next.handle().pipe(
      map((value: unknown) => {
        const response = this.serialise(value, res);
        if (!response) return value;
        this.cache.set(key, position, response);
        return response.body;
      }),
    );
  }

  /** What Express would send for this value, or null where it would not be a JSON or text body. */
  private serialise(value: unknown, res: Response): CachedResponse | null {
    if (res.statusCode !== 200) return null;
    let body: string;
    if (typeof value === 'string') {
      // res.send(string) would add the charset; a Buffer is sent with the type as it is.
      const type = res.getHeader('Content-Type');
      if (typeof type !== 'string' || !/;\s*charset=utf-8$/i.test(type)) return null;
      body = value;
    } else if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
      const json = JSON.stringify(value);
      if (json === undefined) return null;
      body = json;
      if (res.getHeader('Content-Type') === undefined) res.setHeader('Content-Type', JSON_TYPE);
    } else return null;
    const headers: Record<string, string> = {};
    for (const name of CAPTURED) {
      const v = res.getHeader(name);
      if (typeof v === 'string') headers[name] = v;
    }
    return { body: Buffer.from(body, 'utf8'), headers };
  }
}
