import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import type { EventStore } from '@samsyn/event-store';
import type { SamsynRuntime } from '../../../apps/api/src/bootstrap/samsyn-runtime';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { hs256Verifier } from '../../../apps/api/src/infrastructure/auth/token-verifier';
import { configFromEnv, type ApiConfig } from '../../../apps/api/src/infrastructure/config/api-config';
import { projectionLag } from '../../../apps/api/src/infrastructure/health/projection-lag';
import { createMetrics } from '../../../apps/api/src/infrastructure/metrics/metrics';

/** The secret the bench's servers sign and verify tokens with. */
export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret!!';

/** The real API over a runtime, as the server builds it (silent log, no overdue sweep), listening on 127.0.0.1. */
export async function benchApi(runtime: SamsynRuntime, store: EventStore, dir: string, overrides: Partial<ApiConfig> = {}): Promise<INestApplication> {
  const config = { ...configFromEnv({ SAMSYN_DATA_DIR: dir }), overdueSweepIntervalMs: 0, ...overrides };
  const api = await createApiApp({
    config,
    application: runtime.application,
    queries: runtime.queries,
    store,
    progress: { position: () => runtime.runner.position() },
    verifier: hs256Verifier(BENCH_SECRET),
    clock: { now: () => new Date().toISOString() },
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(async () => projectionLag(await store.headPosition(), runtime.runner.position())),
  });
  await api.listen(0, '127.0.0.1');
  return api;
}

/** The app's address for a client: Nest reports [::1] where it listens on 127.0.0.1. */
export const urlOf = async (app: INestApplication): Promise<string> => (await app.getUrl()).replace('[::1]', '127.0.0.1');
