import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../http/express-types';
import type { EventStore } from '@samsyn/event-store';
import { Public } from '../auth/auth.decorators';
import { STORE_RETRY_AFTER_SECONDS } from '../errors/error-mapping';
import type { Logger } from '../logging/logger';
import { LOGGER } from '../tokens';
import { projectionLag } from './projection-lag';
import { subscriptionStatusOf, type SubscriptionStatus } from './subscription-status';
import { EVENT_STORE, PROJECTION_PROGRESS, type ProjectionProgress } from '../tokens';
import { failedReadModels, type FailedReadModel } from './failed-read-models';
import { ApiReadAnswer } from '../swagger/api-answers';
import { HealthResponse } from './health.response';

export interface HealthReport {
  status: 'ok' | 'degraded';
  store: { reachable: boolean; headPosition: string | null; error?: string };
  projections: { position: string | null; lag: number | null; failed?: FailedReadModel[] };
  /** Stores with server-side subscriptions (EventStoreDB): drops and resubscriptions. */
  subscriptions?: SubscriptionStatus;
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(LOGGER) private readonly logger?: Logger,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Store reachable and projection lag (no token needed)' })
  @ApiReadAnswer(HealthResponse, { description: 'healthy' })
  @ApiServiceUnavailableResponse({ description: 'the store cannot be read' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const projected = await this.progress.position();
    try {
      const head = await this.store.headPosition();
      const lag = projectionLag(head, projected);
      const subscriptions = subscriptionStatusOf(this.store) ?? undefined;
      // A read model set aside: the server still answers (200), every other read model is live.
      const failed = failedReadModels(this.progress);
      return {
        status: failed.length > 0 ? 'degraded' : 'ok',
        store: { reachable: true, headPosition: head?.toString() ?? null },
        projections: { position: projected?.toString() ?? null, lag, ...(failed.length > 0 ? { failed } : {}) },
        ...(subscriptions ? { subscriptions } : {}),
      };
    } catch (e) {
      // /health needs no token: the cause (it names the database's address) goes to the log, and
      // the answer says "unreachable" only (issue 10 item 18).
      this.logger?.warn({ err: e }, 'health: the event store is unreachable');
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      res.setHeader('Retry-After', String(STORE_RETRY_AFTER_SECONDS));
      return {
        status: 'degraded',
        store: { reachable: false, headPosition: null, error: 'unreachable' },
        projections: { position: projected?.toString() ?? null, lag: null },
      };
    }
  }
}
