import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerModule } from '@nestjs/throttler';
import type { SamsynUseCases } from '@samsyn/application/use-cases.port';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { AuthGuard } from './infrastructure/auth/auth.guard';
import type { TokenVerifier } from './infrastructure/auth/token-verifier';
import type { ApiConfig } from './infrastructure/config/api-config';
import { HealthController } from './infrastructure/health/health.controller';
import { HealthProbesModule } from './infrastructure/health/health-probes.module';
import { READ_CACHE, ReadCacheInterceptor } from './infrastructure/http/read-cache/read-cache.interceptor';
import { ReadCache } from './infrastructure/http/read-cache/read-cache';
import { WriteResultInterceptor } from './infrastructure/http/write-result.interceptor';
import { ShutdownGrace } from './infrastructure/http/shutdown-grace';
import type { Logger } from './infrastructure/logging/logger';
import { API_METRICS, MetricsController } from './infrastructure/metrics/metrics.controller';
import type { ApiMetrics } from './infrastructure/metrics/metrics';
import { FAILED_SIGN_INS, FailedSignInLimiter } from './infrastructure/throttling/failed-sign-in-limiter';
import { WriteThrottlerGuard, writeThrottlers } from './infrastructure/throttling/write-throttler.guard';
import {
  API_CONFIG,
  CLOCK,
  EVENT_STORE,
  LOGGER,
  PROJECTION_PROGRESS,
  READ_MODEL_QUERIES,
  SAMSYN_APPLICATION,
  TOKEN_VERIFIER,
  type Clock,
  type ProjectionProgress,
} from './infrastructure/tokens';
import { AdoptionsModule } from './modules/adoptions/adoptions.module';
import { AuditModule } from './modules/audit/audit.module';
import { BodiesModule } from './modules/bodies/bodies.module';
import { DeviationsModule } from './modules/deviations/deviations.module';
import { LiveEventsModule } from './modules/live-events/live-events.module';
import { MeModule } from './modules/me/me.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';
import { HandoversModule } from './modules/handovers/handovers.module';
import { CommentsModule } from './modules/comments/comments.module';
import { ManagementModule } from './modules/management/management.module';
import { ProcessReviewsModule } from './modules/process-reviews/process-reviews.module';
import { ProcessesModule } from './modules/processes/processes.module';
import { ProposalsModule } from './modules/proposals/proposals.module';
import { ReportsModule } from './modules/reports/reports.module';
import { StakeholdersModule } from './modules/stakeholders/stakeholders.module';
import { SystemsModule } from './modules/systems/systems.module';
import { TermsModule } from './modules/terms/terms.module';
import { SignInModule } from './modules/sign-in/sign-in.module';
import { DEMO_TOKEN_SIGNER, type DemoTokenSigner } from './modules/sign-in/sign-in.tokens';

/** The adapters the HTTP layer runs on; main.ts builds them (bootstrap/samsyn-runtime.ts), tests too
 * (testing/test-dependencies.ts: the real application over a store in memory). */
export interface ApiDependencies {
  config: ApiConfig;
  /** The write side: every use case (bootstrap/samsyn-application.ts). */
  application: SamsynUseCases;
  queries: ReadModelQueries;
  store: EventStore;
  progress: ProjectionProgress;
  verifier: TokenVerifier;
  clock: Clock;
  logger: Logger;
  metrics: ApiMetrics;
  /** Signs demo sign-in tokens (the server's own HS256 secret); without it the demo sign-in is off. */
  demoTokenSigner?: DemoTokenSigner;
}

@Global()
@Module({})
class PortsModule {
  static register(deps: ApiDependencies): DynamicModule {
    const providers = [
      { provide: API_CONFIG, useValue: deps.config },
      { provide: SAMSYN_APPLICATION, useValue: deps.application },
      { provide: READ_MODEL_QUERIES, useValue: deps.queries },
      { provide: EVENT_STORE, useValue: deps.store },
      { provide: PROJECTION_PROGRESS, useValue: deps.progress },
      { provide: TOKEN_VERIFIER, useValue: deps.verifier },
      { provide: CLOCK, useValue: deps.clock },
      { provide: LOGGER, useValue: deps.logger },
      { provide: API_METRICS, useValue: deps.metrics },
      { provide: DEMO_TOKEN_SIGNER, useValue: deps.demoTokenSigner },
    ];
    return { module: PortsModule, providers, exports: providers.map((p) => p.provide) };
  }
}

export const CAPABILITY_MODULES = [
  StakeholdersModule,
  BodiesModule,
  TermsModule,
  SystemsModule,
  ProcessesModule,
  DeviationsModule,
  ProposalsModule,
  AdoptionsModule,
  AuditModule,
  ReportsModule,
  LiveEventsModule,
  SignInModule,
  MeModule,
  WebhooksModule,
  HandoversModule,
  CommentsModule,
  ManagementModule,
  ProcessReviewsModule,
];

@Module({})
export class ApiModule {
  static register(deps: ApiDependencies): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PortsModule.register(deps),
        CqrsModule.forRoot(),
        ThrottlerModule.forRoot({ throttlers: writeThrottlers(deps.config.writeRateLimit) }),
        ...CAPABILITY_MODULES,
        HealthProbesModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: FAILED_SIGN_INS, useValue: new FailedSignInLimiter(deps.config.http.authFailureLimit) },
        // Order matters: authenticate first, so the rate limit counts per principal.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: WriteThrottlerGuard },
        { provide: READ_CACHE, useValue: new ReadCache(deps.config.readCache) },
        // Outermost: it sees the JSON-safe body WriteResultInterceptor makes, and a hit skips it.
        { provide: APP_INTERCEPTOR, useClass: ReadCacheInterceptor },
        { provide: APP_INTERCEPTOR, useClass: WriteResultInterceptor },
        ShutdownGrace,
      ],
    };
  }
}
