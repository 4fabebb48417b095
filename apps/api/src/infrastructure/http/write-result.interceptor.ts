import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import type { HttpResponse as Response } from './express-types';
import { concatMap, from, Observable } from 'rxjs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../config/api-config';
import type { Logger } from '../logging/logger';
import { API_METRICS } from '../metrics/metrics.controller';
import { streamCategory, type ApiMetrics } from '../metrics/metrics';
import { API_CONFIG, LOGGER, READ_MODEL_QUERIES } from '../tokens';
import { jsonSafe } from './json-safe';
import { setEtagRevision } from './read-etag';
import { REPRESENTATION, type Representation } from './represented.decorator';
import type { SamsynRequest } from './samsyn-request';

export const isExecutionResult = (v: unknown): v is ExecutionResult =>
  typeof v === 'object' && v !== null && typeof (v as ExecutionResult).streamId === 'string' && typeof (v as ExecutionResult).revision === 'bigint' && typeof (v as ExecutionResult).position === 'bigint';

/** A resource read from a read model, with the stream revision that leads its ETag (readEtag, read-body.ts). */
export interface Versioned<T = unknown> {
  versioned: true;
  revision: bigint | null;
  body: T;
}

export const versioned = <T>(body: T, revision: bigint | null): Versioned<T> => ({ versioned: true, revision, body });

const isVersioned = (v: unknown): v is Versioned => typeof v === 'object' && v !== null && (v as Versioned).versioned === true && 'body' in v;

/**
 * Turns what handlers return into HTTP: a write's ExecutionResult becomes its resource with
 * `ETag: "<revision>"`, answered only once the read models have caught up with the write's position
 * (read-your-writes, bounded); a versioned read's revision is kept for its ETag `"<revision>-<body digest>"`, made where the
 * body is serialised (read-body.ts); every body is made JSON-safe.
 */
@Injectable()
export class WriteResultInterceptor implements NestInterceptor {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(API_METRICS) private readonly metrics: ApiMetrics,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly reflector: Reflector,
    private readonly queryBus: QueryBus,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    const req = context.switchToHttp().getRequest<SamsynRequest>();
    const representation = this.reflector.get<Representation | undefined>(REPRESENTATION, context.getHandler());
    return next.handle().pipe(
      concatMap((value: unknown) =>
        from(
          (async () => {
            if (isExecutionResult(value)) {
              res.setHeader('ETag', `"${value.revision.toString()}"`);
              if (value.replayed) res.setHeader('Idempotent-Replayed', 'true');
              else this.metrics.appends.inc({ stream_category: streamCategory(value.streamId) });
              const caughtUp = await this.queries.waitForPosition(value.position, this.config.readYourWritesTimeoutMs);
              if (!caughtUp) this.logger.warn({ correlationId: req.correlationId, position: value.position.toString() }, 'read models lag behind a write');
              if (!representation) return jsonSafe(value.resource);
              if (representation.location && res.statusCode === 201) res.setHeader('Location', representation.location(value, req));
              return jsonSafe(await this.represent(representation, value, req, caughtUp));
            }
            if (isVersioned(value)) {
              // The ETag is made where the body is serialised, once (read-body.ts).
              if (value.revision !== null) setEtagRevision(res, value.revision);
              return jsonSafe(value.body);
            }
            return jsonSafe(value);
          })(),
        ),
      ),
    );
  }

  /** The GET representation; the write's own state only while the read models still lag behind it. */
  private async represent(representation: Representation, value: ExecutionResult, req: SamsynRequest, caughtUp: boolean): Promise<unknown> {
    if (!caughtUp || !representation.read) return value.resource;
    let answer: unknown = await this.queryBus.execute(representation.read(value, req));
    if (isVersioned(answer)) answer = answer.body;
    if (representation.view) answer = representation.view(answer);
    const own = value.resource as Record<string, unknown>;
    for (const field of representation.keep ?? []) if (field in own) answer = { ...(answer as object), [field]: own[field] };
    return answer;
  }
}
