import type { INestApplication } from '@nestjs/common';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import type { Principal } from '@samsyn/domain/shared';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { openRuntime, type RuntimeOptions, type SamsynRuntime } from '../../../apps/api/src/bootstrap/samsyn-runtime';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { hs256Verifier, signHs256Token, type TokenVerifier } from '../../../apps/api/src/infrastructure/auth/token-verifier';
import { configFromEnv, type ApiConfig } from '../../../apps/api/src/infrastructure/config/api-config';
import { projectionLag } from '../../../apps/api/src/infrastructure/health/projection-lag';
import { createMetrics } from '../../../apps/api/src/infrastructure/metrics/metrics';

export const E2E_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';

/** A clock the test moves: the application decides with it, the overdue sweep compares with it. */
export class TestClock {
  constructor(private instant: string) {}
  now = (): string => this.instant;
  set(instant: string): void {
    this.instant = new Date(instant).toISOString();
  }
  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
  advance(ms: number): void {
    this.instant = new Date(Date.parse(this.instant) + ms).toISOString();
  }
}

export interface E2eApp {
  app: INestApplication;
  runtime: SamsynRuntime;
  clock: TestClock;
  dir: string;
  http: () => ReturnType<typeof request>;
  /** `Bearer …` for a principal. */
  bearer(sub: string, roles?: Principal['roles']): Promise<string>;
  head(): Promise<bigint | null>;
  close(): Promise<void>;
}

/** The real app (SamsynApplication, projections, SQLite in a temporary directory) behind supertest. */
export const startE2eApp = async (
  overrides: Partial<ApiConfig> = {},
  start = '2025-01-10T09:00:00.000Z',
  verifier: TokenVerifier = hs256Verifier(E2E_SECRET),
  runtimeOptions: Partial<RuntimeOptions> = {},
): Promise<E2eApp> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-e2e-'));
  const clock = new TestClock(start);
  const store = sqliteEventStore({ path: path.join(dir, 'events.sqlite') });
  // SAMSYN_READ_MODEL_ROWS runs the end-to-end specs over the row-stored read models too (docs/read-model-storage.md).
  const readModelRows = configFromEnv({ SAMSYN_READ_MODEL_ROWS: process.env.SAMSYN_READ_MODEL_ROWS }).readModelRows;
  const runtime = await openRuntime({ store, clock, projectionsPath: path.join(dir, 'projections.sqlite'), readModelRows, ...runtimeOptions });
  const base = configFromEnv({ SAMSYN_DATA_DIR: dir });
  const config: ApiConfig = {
    ...base,
    overdueSweepIntervalMs: 0,
    reminders: { ...base.reminders!, sweepIntervalMs: 0 },
    writeRateLimit: { limit: 100_000, ttlMs: 60_000 },
    // Specs send many refused tokens from 127.0.0.1; the failed sign-in limit has its own tests.
    http: { ...base.http, authFailureLimit: { limit: 100_000, ttlMs: 60_000 } },
    ...overrides,
  };
  const app = await createApiApp({
    config,
    application: runtime.application,
    queries: runtime.queries,
    store,
    progress: { position: () => runtime.runner.position(), failures: () => runtime.runner.failures() },
    verifier,
    clock,
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(async () => projectionLag(await store.headPosition(), runtime.runner.position())),
    demoTokenSigner: (claims, expiresIn) => signHs256Token(claims, E2E_SECRET, expiresIn),
  });
  return {
    app,
    runtime,
    clock,
    dir,
    http: () => request(app.getHttpServer()),
    bearer: async (sub, roles = []) => `Bearer ${await signHs256Token({ sub, name: sub, roles }, E2E_SECRET, '1h')}`,
    head: () => store.headPosition(),
    async close() {
      await app.close();
      await runtime.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
