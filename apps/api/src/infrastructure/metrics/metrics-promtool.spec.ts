import { execFileSync, spawnSync } from 'node:child_process';
import { createMetrics } from './metrics';

/**
 * `/metrics` as Prometheus' own checker reads it. CI installs promtool (Debian's `prometheus`)
 * and sets SAMSYN_REQUIRE_PROMTOOL=1, so there a missing promtool fails; elsewhere the check is
 * optional and says so.
 */
const promtool = (): string | null => {
  const found = spawnSync('sh', ['-c', 'command -v promtool'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
};

const path = promtool();
const required = process.env.SAMSYN_REQUIRE_PROMTOOL === '1';
const check = path !== null || required ? it : it.skip;

describe('metrics that promtool accepts', () => {
  check(`${path === null && !required ? '[optional] (promtool is not installed) ' : ''}promtool check metrics passes on a scrape with every samsyn metric set`, async () => {
    expect(path).not.toBeNull();
    let drops = 0;
    const metrics = createMetrics(async () => 4, () => drops);
    metrics.requestDuration.observe({ method: 'GET', route: '/catalogue', status: '200' }, 0.01);
    metrics.appends.inc({ stream_category: 'proposal' });
    drops = 2;
    metrics.webhooks.watch(() => ({
      subscriptions: [
        { id: 'e-arkivet', status: 'paused', pausedReason: 'failing' },
        { id: 'bi-portalen', status: 'active', pausedReason: null },
      ],
      pending: new Map([['e-arkivet', 1]]),
    }));
    metrics.webhooks.attempt('e-arkivet', 'failed');
    metrics.webhooks.attempt('bi-portalen', 'delivered');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^# TYPE samsyn_webhook_deliveries_total counter$/m);
    expect(text).toMatch(/^samsyn_webhook_deliveries_total\{subscription="e-arkivet",outcome="failed"\} 1$/m);
    expect(text).toMatch(/^samsyn_webhook_deliveries_total\{subscription="e-arkivet",outcome="delivered"\} 0$/m);
    expect(text).toMatch(/^# TYPE samsyn_webhook_pending_deliveries gauge$/m);
    expect(text).toMatch(/^samsyn_webhook_pending_deliveries\{subscription="bi-portalen"\} 0$/m);
    expect(text).toMatch(/^samsyn_webhook_paused_subscriptions\{reason="failing"\} 1$/m);
    expect(text).toMatch(/^samsyn_subscription_drops_total 2$/m);
    expect(text).toMatch(/^# TYPE samsyn_subscription_drops_total counter$/m);
    expect(text).not.toMatch(/^nodejs_active_handles_total/m);
    // promtool exits non-zero and names each problem on stderr; execFileSync throws with it.
    expect(() => execFileSync(path!, ['check', 'metrics'], { input: text, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
  });

  it('the drop counter only grows, by what was dropped since the last scrape', async () => {
    let drops = 0;
    const metrics = createMetrics(async () => null, () => drops);
    drops = 3;
    expect(await metrics.registry.metrics()).toMatch(/^samsyn_subscription_drops_total 3$/m);
    expect(await metrics.registry.metrics()).toMatch(/^samsyn_subscription_drops_total 3$/m);
    drops = 5;
    expect(await metrics.registry.metrics()).toMatch(/^samsyn_subscription_drops_total 5$/m);
  });
});
