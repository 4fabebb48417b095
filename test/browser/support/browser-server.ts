import type { INestApplication } from '@nestjs/common';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { openRuntime, type SamsynRuntime } from '../../../apps/api/src/bootstrap/samsyn-runtime';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { hs256Verifier, signHs256Token } from '../../../apps/api/src/infrastructure/auth/token-verifier';
import { configFromEnv, type ApiConfig } from '../../../apps/api/src/infrastructure/config/api-config';
import { createMetrics } from '../../../apps/api/src/infrastructure/metrics/metrics';
import { systemClock } from '../../../apps/api/src/infrastructure/tokens';
import { ensureWebBuild, WEB_DIST } from './ensure-web-build';

export interface BrowserServer {
  baseUrl: string;
  app: INestApplication;
  runtime: SamsynRuntime;
  close(): Promise<void>;
}

const SECRET = 'browser-test-secret-browser-test-secret-0123';

/** The real API server with the demo loaded, on a temporary data dir and 127.0.0.1:0, serving the built web application. */
export const startBrowserServer = async (overrides: Partial<ApiConfig> = {}): Promise<BrowserServer> => {
  ensureWebBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-browser-'));
  const store = sqliteEventStore({ path: path.join(dir, 'events.sqlite') });
  const runtime = await openRuntime({ store, clock: systemClock, projectionsPath: path.join(dir, 'projections.sqlite') });
  await seedDemo(runtime.application);
  const head = await store.headPosition();
  if (head !== null) await runtime.runner.waitForPosition(head, 60_000);
  const config: ApiConfig = {
    ...configFromEnv({ SAMSYN_DATA_DIR: dir, SAMSYN_DEMO: '1' }),
    webAppDir: WEB_DIST,
    overdueSweepIntervalMs: 0,
    writeRateLimit: { limit: 100_000, ttlMs: 60_000 },
    ...overrides,
  };
  const app = await createApiApp({
    config,
    application: runtime.application,
    queries: runtime.queries,
    store,
    progress: { position: () => runtime.runner.position() },
    verifier: hs256Verifier(SECRET),
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(async () => 0),
    demoTokenSigner: (claims, expiresIn) => signHs256Token(claims, SECRET, expiresIn),
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    runtime,
    async close() {
      await app.close();
      await runtime.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
