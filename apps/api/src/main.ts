import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { logConnectionLoss, watchConnectionLoss } from './bootstrap/connection-loss';
import { openRuntime, projectionsPathIn } from './bootstrap/samsyn-runtime';
import { openEventStore } from '@samsyn/open-store';
import { openProjectionStateStore } from './bootstrap/open-projection-state-store';
import { DEMO_TOKEN_LIFETIME_SECONDS, demoTokens } from './bootstrap/demo-tokens';
import { baseUrlOf, startupBanner } from './bootstrap/startup-banner';
import { createApiApp } from './create-api-app';
import { configuredVerifier } from './infrastructure/auth/configured-verifier';
import { signHs256Token } from './infrastructure/auth/token-verifier';
import { configFromEnv, type ApiConfig } from './infrastructure/config/api-config';
import { projectionLag } from './infrastructure/health/projection-lag';
import { subscriptionStatusOf } from './infrastructure/health/subscription-status';
import { createLogger } from './infrastructure/logging/logger';
import { maskCredentials } from './infrastructure/logging/redaction';
import { createMetrics } from './infrastructure/metrics/metrics';
import { systemClock } from './infrastructure/tokens';
import { startHeadPublication } from './modules/audit/publication/start-head-publication';
import { seedDemoWebhook } from './modules/webhooks/demo/seed-demo-webhook';
import { seedDemoComments } from './modules/comments/demo/seed-demo-comments';
import { seedDemoManagement } from './modules/management/demo/seed-demo-management';
import { seedDemoGovernance } from './modules/process-reviews/demo/seed-demo-governance';

/** Where `serve` writes: its banner (stdout) and its JSON log lines (pino's destination). Tests capture both. */
export interface ServeOutput {
  stdout?: { write(text: string): unknown };
  log?: DestinationStream;
}

export interface RunningServer {
  address: AddressInfo;
  url: string;
  /** Stops listening, then the read models and the store. */
  close(): Promise<void>;
}

/** The API on the configured store, read models running, the demo loaded into an empty store.
 * `npm start` and `samsyn serve` both come here. */
export async function serve(config: ApiConfig, output: ServeOutput = {}): Promise<RunningServer> {
  const logger = createLogger(config.logLevel, output.log);
  // Before the store opens: a provider whose metadata cannot work stops the start at once.
  const auth = configuredVerifier(config);
  await auth.start(logger);
  const secret = auth.secret?.secret;
  const store = await openEventStore(config);
  const runtime = await openRuntime({
    store,
    clock: systemClock,
    projectionsPath: projectionsPathIn(config.dataDir),
    stateStore: await openProjectionStateStore(config, logConnectionLoss(logger)),
    readModelRows: config.readModelRows,
    onProjectionError: (e) => logger.error({ err: e }, 'projection stopped'),
    onProjectionFailed: (f) => logger.error({ failure: f }, 'read model set aside: its projection threw on an event'),
    onSettlementError: (proposal, e) => logger.warn({ err: e, proposal }, 'proposal left pending: the recovery sweep will settle it'),
  });
  watchConnectionLoss(store, logger);

  // Demo tokens are printed only when this very start loaded the demo (startup-banner.ts).
  let demoLoaded = false;
  if (config.demo && (await store.headPosition()) === null) {
    logger.info('loading the Uppsala demo into the empty store');
    const { commands } = await seedDemo(runtime.application);
    await seedDemoWebhook(store, config.dataDir, systemClock);
    await seedDemoComments(store, systemClock);
    await seedDemoManagement(store, systemClock);
    await seedDemoGovernance(store, systemClock);
    const head = await store.headPosition();
    if (head !== null) await runtime.runner.waitForPosition(head, 60_000);
    logger.info({ commands }, 'demo loaded');
    demoLoaded = true;
  }

  const metrics = createMetrics(
    async () => projectionLag(await store.headPosition(), runtime.runner.position()),
    () => subscriptionStatusOf(store)?.drops ?? null,
  );
  const app = await createApiApp({
    config,
    application: runtime.application,
    queries: runtime.queries,
    store,
    progress: { position: () => runtime.runner.position(), failures: () => runtime.runner.failures() },
    verifier: auth.verifier,
    clock: systemClock,
    logger,
    metrics,
    demoTokenSigner: secret ? (claims, expiresIn) => signHs256Token(claims, secret!, expiresIn) : undefined,
  });
  const stopHeads = startHeadPublication(config, store, systemClock, logger);
  const server = app.getHttpServer();
  const closed = new Promise<void>((resolve) =>
    server.on('close', () => {
      stopHeads();
      void runtime.close().then(resolve, resolve);
    }),
  );
  // HOST unset: Node's default, every interface (`::`, or `0.0.0.0` without IPv6).
  await (config.http.host === undefined ? app.listen(config.port) : app.listen(config.port, config.http.host));
  const address = server.address() as AddressInfo;

  // Demo tokens within the configured token lifetime bound (a longer one would be refused).
  const lifetime = Math.min(DEMO_TOKEN_LIFETIME_SECONDS, config.auth.lifetime.maxLifetimeSeconds);
  const tokens = secret && demoLoaded ? await demoTokens(secret, lifetime) : undefined;
  (output.stdout ?? process.stdout).write(startupBanner({ config, address, demoTokens: tokens, localSecret: secret !== undefined, verification: auth.describe }));
  return {
    address,
    url: baseUrlOf(address),
    async close() {
      await app.close();
      await closed;
    },
  };
}

if (require.main === module) {
  // configFromEnv inside the promise: a bad setting (a role mapping, a port) ends here too, exit code 1.
  Promise.resolve()
    .then(() => serve(configFromEnv()))
    .catch((e) => {
      // A connection string with credentials can end up in a startup error's message.
      process.stderr.write(`samsyn: ${maskCredentials((e as Error).stack ?? String(e))}\n`);
      process.exit(1);
    });
}
