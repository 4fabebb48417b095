import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { ApiModule, type ApiDependencies } from './api.module';
import { AllExceptionsFilter } from './infrastructure/errors/all-exceptions.filter';
import { createValidationPipe } from './infrastructure/errors/validation';
import { correlationMiddleware } from './infrastructure/logging/correlation.middleware';
import { nestLogger } from './infrastructure/logging/nest-logger';
import { requestMetricsMiddleware } from './infrastructure/metrics/request-metrics.middleware';
import { BPMN_CONTENT_TYPES } from './modules/processes/commands/import-bpmn/import-bpmn.http.controller';
import { setupSwagger } from './infrastructure/swagger/setup-swagger';
import { SamsynExpressAdapter } from './infrastructure/http/samsyn-express-adapter';
import { cacheControlMiddleware } from './infrastructure/http/cache-control.middleware';
import { compressionMiddleware } from './infrastructure/http/compression.middleware';
import { jsonDepthMiddleware } from './infrastructure/http/json-depth/json-depth.middleware';
import { mountWebApp } from './infrastructure/web-app/web-app';
import { findWebAppDir } from './infrastructure/web-app/web-app-dir';

/** The whole HTTP edge around the given ports; `init()`ed, not listening (main.ts listens, tests use supertest). */
export const createApiApp = async (deps: ApiDependencies): Promise<INestApplication> => {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register(deps), new SamsynExpressAdapter(deps.config.http.timeouts), {
    bodyParser: false,
    logger: nestLogger(deps.logger),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // The client's address counts for rate limits: only the proxies SAMSYN_TRUST_PROXY names may report it.
  app.set('trust proxy', deps.config.http.trustProxy);
  // Only the ETags we set mean something (stream revisions); Express's body hashes would mislead If-Match.
  app.set('etag', false);
  app.use(correlationMiddleware(deps.logger));
  app.use(requestMetricsMiddleware(deps.metrics));
  // No upgrade-insecure-requests: a server reached over plain HTTP on an internal network would
  // send the browser to https for /docs's and the web app's assets, and the page stays blank.
  // The web app's OpenID Connect client fetches the provider's metadata and token endpoint itself.
  const identityProvider = deps.config.oidcIssuer ? new URL(deps.config.oidcIssuer).origin : undefined;
  const directives: Record<string, string[] | null> = { upgradeInsecureRequests: null };
  if (identityProvider) directives.connectSrc = ["'self'", identityProvider];
  app.use(helmet({ contentSecurityPolicy: { directives } }));
  // Browsers on other origins (a BI portal, an intranet page) only where configured; off by default.
  if (deps.config.corsOrigins && deps.config.corsOrigins.length > 0) {
    app.enableCors({ origin: deps.config.corsOrigins, exposedHeaders: ['ETag', 'Link', 'Retry-After', 'Idempotent-Replayed', 'X-Correlation-Id'], maxAge: 600 });
  }
  app.use(cacheControlMiddleware());
  // Before the web app and the routes, so their answers pass through it; the live stream never does.
  app.use(compressionMiddleware());
  mountWebApp(app, findWebAppDir(deps.config.webAppDir), deps.logger); // pages under /app/, before the API's routes
  app.useBodyParser('json', { limit: deps.config.bodyLimit, strict: true });
  app.use(jsonDepthMiddleware(deps.config.http.jsonMaxDepth));
  // POST /bpmn/definition and …/proposals/from-bpmn: the bytes, decoded by the import (byte-order mark, declared encoding)
  app.useBodyParser('raw', { type: BPMN_CONTENT_TYPES, limit: deps.config.bodyLimit });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(deps.logger));
  setupSwagger(app);
  app.enableShutdownHooks();
  await app.init();
  return app;
};
