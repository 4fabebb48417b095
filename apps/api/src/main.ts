import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { openRuntime, projectionsPathIn } from './bootstrap/samsyn-runtime';
import { openProjectionStateStore, openStore } from './bootstrap/open-store';
import { demoTokens } from './bootstrap/demo-tokens';
import { createApiApp } from './create-api-app';
import { resolveJwtSecret } from './infrastructure/auth/jwt-secret';
import { hs256Verifier, jwksVerifier, signHs256Token } from './infrastructure/auth/token-verifier';
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
  const store = await openStore(config);
  const runtime = await openRuntime({
    store,
    clock: systemClock,
    projectionsPath: projectionsPathIn(config.dataDir),
    stateStore: await openProjectionStateStore(config),
    onProjectionError: (e) => logger.error({ err: e }, 'projection stopped'),
    onSettleError: (proposal, e) => logger.warn({ err: e, proposal }, 'proposal left pending: the settling sweep will apply it'),
  });

  if (config.demo && (await store.headPosition()) === null) {
    logger.info('loading the Uppsala demo into the empty store');
    const { commands } = await seedDemo(runtime.application);
    const head = await store.headPosition();
    if (head !== null) await runtime.runner.waitForPosition(head, 60_000);
    logger.info({ commands }, 'demo loaded');
  }

  let secret: string | undefined;
  if (!config.jwksUrl) {
    const loaded = resolveJwtSecret(config.jwtSecret, config.dataDir);
    secret = loaded.secret;
    if (loaded.created) logger.info({ file: loaded.file }, 'generated a JWT signing secret (mode 0600); `samsyn token` uses it too');
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
    progress: { position: () => runtime.runner.position() },
    verifier: config.jwksUrl ? jwksVerifier(config.jwksUrl) : hs256Verifier(secret!),
    clock: systemClock,
    logger,
    metrics,
    demoTokenSigner: secret ? (claims, expiresIn) => signHs256Token(claims, secret!, expiresIn) : undefined,
  });
  app.getHttpServer().on('close', () => void runtime.close());
  await app.listen(config.port);

  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Samsyn API    ${base}   (store: ${config.store}, data: ${config.dataDir})`,
    `OpenAPI docs  ${base}/docs   (document: ${base}/docs-json)`,
    `Health        ${base}/health   Metrics: ${base}/metrics`,
    `Web app       ${base}/app/   (a browser opening ${base}/ is sent there)`,
  ];
  if (secret) {
    const tokens = await demoTokens(secret);
    lines.push('', 'Demo tokens (Authorization: Bearer <token>), valid 30 days:');
    for (const t of tokens) lines.push(`  ${t.who.padEnd(10)} ${t.roles}`, `    ${t.token}`);
    lines.push('', `Try: curl -H "Authorization: Bearer ${tokens[0].token.slice(0, 16)}…" ${base}/catalogue`, 'Mint more: samsyn token --sub anna --name "Anna" --role process-owner:ksn');
  } else {
    lines.push('', `Tokens are verified against ${config.jwksUrl}.`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

if (require.main === module) {
  serve(configFromEnv()).catch((e) => {
    process.stderr.write(`samsyn: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
