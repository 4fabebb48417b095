import type { INestApplication } from '@nestjs/common';
import * as fs from 'node:fs';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { openRuntime, type SamsynRuntime } from '../../../apps/api/src/bootstrap/samsyn-runtime';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { hs256Verifier, signHs256Token, type TokenVerifier } from '../../../apps/api/src/infrastructure/auth/token-verifier';
import { configFromEnv, type ApiConfig } from '../../../apps/api/src/infrastructure/config/api-config';
import { createMetrics } from '../../../apps/api/src/infrastructure/metrics/metrics';
import { systemClock } from '../../../apps/api/src/infrastructure/tokens';
import { seedDemoWebhook } from '../../../apps/api/src/modules/webhooks/demo/seed-demo-webhook';
import { seedDemoComments } from '../../../apps/api/src/modules/comments/demo/seed-demo-comments';
import { seedDemoManagement } from '../../../apps/api/src/modules/management/demo/seed-demo-management';
import { seedDemoGovernance } from '../../../apps/api/src/modules/process-reviews/demo/seed-demo-governance';
import { ensureWebBuild, WEB_DIST } from './ensure-web-build';

export interface BrowserServer {
  baseUrl: string;
  app: INestApplication;
  runtime: SamsynRuntime;
  close(): Promise<void>;
}

/** Signs the demo's tokens; a test that verifies an identity provider's tokens as well passes it as SAMSYN_JWT_SECRET. */
export const BROWSER_TEST_SECRET = 'browser-test-secret-browser-test-secret-0123';
const SECRET = BROWSER_TEST_SECRET;

export interface BrowserServerOptions {
  /** Default: Samsyn's own HS256 tokens signed with BROWSER_TEST_SECRET. */
  verifier?: TokenVerifier;
  /** Default 0 (any free port); a fixed port when the identity provider must know the address in advance. */
  port?: number;
}

/** The real API server with the demo loaded, on a temporary data dir and 127.0.0.1:0, serving the built web application. */
export const startBrowserServer = async (overrides: Partial<ApiConfig> = {}, options: BrowserServerOptions = {}): Promise<BrowserServer> => {
  ensureWebBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-browser-'));
  const store = sqliteEventStore({ path: path.join(dir, 'events.sqlite') });
  const runtime = await openRuntime({ store, clock: systemClock, projectionsPath: path.join(dir, 'projections.sqlite') });
  await seedDemo(runtime.application);
  await seedDemoWebhook(store, dir, systemClock);
  await seedDemoComments(store, systemClock);
  await seedDemoManagement(store, systemClock);
  await seedDemoGovernance(store, systemClock);
  const head = await store.headPosition();
  if (head !== null) await runtime.runner.waitForPosition(head, 60_000);
  const config: ApiConfig = {
    ...configFromEnv({ SAMSYN_DATA_DIR: dir, SAMSYN_DEMO: '1' }),
    webAppDir: WEB_DIST,
    overdueSweepIntervalMs: 0,
    reminders: { reviewLeadMs: 172_800_000, bodyHoldMs: 604_800_000, sweepIntervalMs: 0 },
    writeRateLimit: { limit: 100_000, ttlMs: 60_000 },
    ...overrides,
  };
  const app = await createApiApp({
    config,
    application: runtime.application,
    queries: runtime.queries,
    store,
    progress: { position: () => runtime.runner.position() },
    verifier: options.verifier ?? hs256Verifier(SECRET),
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(async () => 0),
    demoTokenSigner: (claims, expiresIn) => signHs256Token(claims, SECRET, expiresIn),
  });
  await app.listen(options.port ?? 0, '127.0.0.1');
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

/** A port free right now on 127.0.0.1 (the OS picks it), for a server whose address another party must be told before it starts. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** A describe block's server and browser: started before its tests, closed after them. */
export const serverAndBrowser = (launch: () => Promise<{ page: Page; close(): Promise<void> }>, overrides: Partial<ApiConfig> = {}) => {
  const world = {} as { server: BrowserServer; page: Page };
  let browser: { close(): Promise<void> } | undefined;
  beforeAll(async () => {
    world.server = await startBrowserServer(overrides);
    const launched = await launch();
    browser = launched;
    world.page = launched.page;
  });
  afterAll(async () => {
    await browser?.close();
    await world.server?.close();
  });
  return world;
};
