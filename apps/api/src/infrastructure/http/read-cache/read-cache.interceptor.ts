import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, map, mergeMap, Observable, of } from 'rxjs';
import type { HttpResponse as Response } from '../express-types';
import type { SamsynRequest } from '../samsyn-request';
import { PROJECTION_PROGRESS, type ProjectionProgress } from '../../tokens';
import { CACHED_READ } from './cached-read.decorator';
import { encodedBody, encodingFor } from './encoded-body';
import { readBody } from './read-body';
import { ReadCache, type CachedResponse } from './read-cache';

export const READ_CACHE = Symbol('ReadCache');

/**
 * Every GET's answer is serialised here once, with its ETag from those bytes (read-body.ts), so
 * If-None-Match is answered 304 on every read. Live reads (no asOf/asOfPosition) of @CachedRead
 * routes are answered from the cache of serialised bodies when the read models have not moved
 * since, compressed once per entry (encoded-body.ts). Interceptors run after the guards, so a
 * cached answer is only ever given to a request that passed authentication and authorization.
 * The position is read before the handler runs: an answer is only ever filed under a position at
 * or before the state it shows.
 */
@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(READ_CACHE) private readonly cache: ReadCache,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<SamsynRequest>();
    if (req.method !== 'GET' && req.method !== 'HEAD') return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    const q = req.query as Record<string, unknown> | undefined;
    const cached =
      this.cache.enabled && q?.asOf === undefined && q?.asOfPosition === undefined && this.reflector.getAllAndOverride<boolean>(CACHED_READ, [context.getHandler(), context.getClass()]);
    if (!cached) return next.handle().pipe(map((value: unknown) => readBody(value, res).send));
    const position = this.progress.position();
    return position instanceof Promise ? from(position).pipe(mergeMap((p) => this.answer(req, res, p, next))) : this.answer(req, res, position, next);
  }

  private answer(req: SamsynRequest, res: Response, position: bigint | null, next: CallHandler): Observable<unknown> {
    // Accept and Accept-Language choose JSON or CSV and the CSV form (Vary says so to other caches too).
    const key = ReadCache.key(position, `${req.originalUrl}\u0000${req.headers.accept ?? ''}\u0000${req.headers['accept-language'] ?? ''}`);
    const hit = this.cache.get(key);
    if (hit) {
      for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
      return this.send(req, res, hit);
    }
    return next.handle().pipe(
      mergeMap((value: unknown) => {
        const { send, response } = readBody(value, res);
        if (!response) return of(send);
        this.cache.set(key, position, response);
        return this.send(req, res, response);
      }),
    );
  }

  /** The kept bytes, or their compressed form (the compression middleware leaves an encoded body as it is). */
  private send(req: SamsynRequest, res: Response, response: CachedResponse): Observable<unknown> {
    // A 304 sends no body: nothing to compress.
    const encoding = req.fresh ? null : encodingFor(req, res, response);
    if (!encoding) return of(response.body);
    return from(
      encodedBody(response, encoding).then((body) => {
        res.setHeader('Content-Encoding', encoding);
        return body;
      }),
    );
  }
}
