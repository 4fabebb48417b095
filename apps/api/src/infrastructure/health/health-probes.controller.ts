import { Controller, Get, HttpStatus, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import type { EventStore } from '@samsyn/event-store';
import { Public } from '../auth/auth.decorators';
import { DEFAULT_READY_MAX_LAG, type ApiConfig } from '../config/api-config';
import { STORE_RETRY_AFTER_SECONDS } from '../errors/error-mapping';
import type { HttpResponse as Response } from '../http/express-types';
import type { Logger } from '../logging/logger';
import { API_CONFIG, EVENT_STORE, LOGGER, PROJECTION_PROGRESS, type ProjectionProgress } from '../tokens';
import { readinessIndicators } from './readiness-indicators';
import { ApiReadAnswer } from '../swagger/api-answers';
import { HealthProbeResponse } from './health.response';

/**
 * Liveness and readiness for orchestrators and load balancers (docs/api.md), through
 * @nestjs/terminus: `{status, info, error, details}` as Terminus answers everywhere. /health keeps
 * its own shape (health.controller.ts); these two are beside it.
 */
@ApiTags('operations')
@Controller('health')
export class HealthProbesController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger?: Logger,
  ) {}

  /** The process answers HTTP: nothing else is asked, so a store outage never gets it restarted. */
  @Public()
  @Get('live')
  @ApiOperation({ operationId: 'healthLive', summary: 'Liveness: the process answers (no token needed)' })
  @ApiReadAnswer(HealthProbeResponse, { description: '{status: "ok", info: {process: {status: "up", uptimeSeconds}}}' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([() => this.indicators.check('process').up({ uptimeSeconds: Math.floor(process.uptime()) })]);
  }

  /** Store reachable, read models caught up within SAMSYN_READY_MAX_LAG and none failed, data directory writable. */
  @Public()
  @Get('ready')
  @ApiOperation({ operationId: 'healthReady', summary: 'Readiness: store reachable, read models caught up and none failed, data directory writable (no token needed)' })
  @ApiReadAnswer(HealthProbeResponse, { description: 'ready: {status: "ok", info, error: {}, details}' })
  @ApiServiceUnavailableResponse({ description: 'not ready: {status: "error" | "shutting_down", info, error, details}' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    const checks = readinessIndicators({
      indicators: this.indicators,
      store: this.store,
      progress: this.progress,
      dataDir: this.config.dataDir,
      maxLag: this.config.readiness?.maxLag ?? DEFAULT_READY_MAX_LAG,
      logger: this.logger,
    });
    try {
      return await this.health.check(checks);
    } catch (e) {
      // Terminus throws its result as a 503; answered here in its own shape, not as an API error.
      if (!(e instanceof ServiceUnavailableException)) throw e;
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      res.setHeader('Retry-After', String(STORE_RETRY_AFTER_SECONDS));
      return e.getResponse() as HealthCheckResult;
    }
  }
}
