import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { logConnectionLoss, watchConnectionLoss } from './bootstrap/connection-loss';
import { openRuntime, projectionsPathIn } from './bootstrap/samsyn-runtime';
import { openProjectionStateStore, openStore } from './bootstrap/open-store';
import { DEMO_TOKEN_LIFETIME_SECONDS, demoTokens } from './bootstrap/demo-tokens';
import { createApiApp } from './create-api-app';
import { configuredVerifier } from './infrastructure/auth/configured-verifier';
import { configFromEnv, type ApiConfig } from './infrastructure/config/api-config';
import { projectionLag } from './infrastructure/health/projection-lag';
import { subscriptionStatusOf } from './infrastructure/health/subscription-status';
import { createLogger } from './infrastructure/logging/logger';
import { createMetrics } from './infrastructure/metrics/metrics';
import { systemClock } from './infrastructure/tokens';

/** The API on the configured store, read models running, the demo loaded into an empty store.
 * `npm start` and `samsyn serve` both come here. */
export async function serve(config: ApiConfig): Promise<void> {
  const logger = createLogger(config.logLevel);
  // Before the store opens: a provider whose metadata cannot work stops the start at once.
  const auth = configuredVerifier(config);
  await auth.start(logger);
  const secret = auth.secret?.secret;
  const store = await openStore(config);
  const runtime = await openRuntime({
    store,
    clock: systemClock,
    projectionsPath: projectionsPathIn(config.dataDir),
    stateStore: await openProjectionStateStore(config, logConnectionLoss(logger)),
    onProjectionError: (e) => logger.error({ err: e }, 'projection stopped'),
    onProjectionFailed: (f) => logger.error({ failure: f }, 'read model set aside: its projection threw on an event'),
    onSettleError: (proposal, e) => logger.warn({ err: e, proposal }, 'proposal left pending: the settling sweep will apply it'),
  });
  watchConnectionLoss(store, logger);

  if (config.demo && (await store.headPosition()) === null) {
    logger.info('loading the Uppsala demo into the empty store');
    const { commands } = await seedDemo(runtime.application);
    const head = await store.headPosition();
    if (head !== null) await runtime.runner.waitForPosition(head, 60_000);
    logger.info({ commands }, 'demo loaded');
  }

  const metrics = createMetrics(
    async () => projectionLag(await store.headPosition(), runtime.runner.position()),
    () => subscriptionStatusOf(store)?.drops ?? null,
  );
  const app = await createApiApp({
    config,
    commands: runtime.application,
    queries: runtime.queries,
    store,
    progress: { position: () => runtime.runner.position(), failures: () => runtime.runner.failures() },
    verifier: auth.verifier,
    clock: systemClock,
    logger,
    metrics,
  });
  app.getHttpServer().on('close', () => void runtime.close());
  await app.listen(config.port);

  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Samsyn API    ${base}   (store: ${config.store}, data: ${config.dataDir})`,
    `OpenAPI docs  ${base}/docs   (document: ${base}/docs-json)`,
    `Health        ${base}/health   Metrics: ${base}/metrics`,
  ];
  if (secret) {
    const lifetime = Math.min(DEMO_TOKEN_LIFETIME_SECONDS, config.auth.lifetime.maxLifetimeSeconds);
    const tokens = await demoTokens(secret, lifetime);
    lines.push('', `Demo tokens (Authorization: Bearer <token>), valid ${Math.round(lifetime / 360) / 10} hours:`);
    for (const t of tokens) lines.push(`  ${t.who.padEnd(10)} ${t.roles}`, `    ${t.token}`);
    lines.push('', `Try: curl -H "Authorization: Bearer ${tokens[0].token.slice(0, 16)}…" ${base}/catalogue`, 'Mint more: samsyn token --sub anna --name "Anna" --role process-owner:ksn');
  } else {
    lines.push('', auth.describe);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

if (require.main === module) {
  // configFromEnv inside the promise: a bad setting (a role mapping, a port) ends here too, exit code 1.
  Promise.resolve()
    .then(() => serve(configFromEnv()))
    .catch((e) => {
      process.stderr.write(`samsyn: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    });
}
