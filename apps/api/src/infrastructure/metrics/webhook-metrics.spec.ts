import { Registry } from 'prom-client';
import { createWebhookMetrics, type WebhookSnapshot } from './webhook-metrics';

const series = async (registry: Registry) => (await registry.metrics()).split('\n').filter((l) => l.startsWith('samsyn_webhook_'));

describe('webhook delivery metrics', () => {
  it('without a dispatcher (SAMSYN_WEBHOOKS=0, or stopped): the names, no series', async () => {
    const registry = new Registry();
    createWebhookMetrics(registry).watch(null);
    expect(await series(registry)).toEqual([]);
    expect(await registry.metrics()).toContain('# TYPE samsyn_webhook_paused_subscriptions gauge');
  });

  it('gauges follow the snapshot at each scrape; counters only grow and outlive a removal', async () => {
    const registry = new Registry();
    const metrics = createWebhookMetrics(registry);
    let now: WebhookSnapshot = { subscriptions: [{ id: 'arkiv', status: 'paused', pausedReason: 'admin' }], pending: new Map([['arkiv', 1]]) };
    metrics.watch(() => now);
    metrics.attempt('arkiv', 'failed');
    metrics.attempt('arkiv', 'failed');
    expect(await series(registry)).toEqual([
      'samsyn_webhook_deliveries_total{subscription="arkiv",outcome="failed"} 2',
      'samsyn_webhook_deliveries_total{subscription="arkiv",outcome="delivered"} 0',
      'samsyn_webhook_pending_deliveries{subscription="arkiv"} 1',
      'samsyn_webhook_paused_subscriptions{reason="admin"} 1',
      'samsyn_webhook_paused_subscriptions{reason="failing"} 0',
    ]);
    now = { subscriptions: [{ id: 'arkiv', status: 'removed', pausedReason: null }], pending: new Map() };
    expect(await series(registry)).toEqual([
      'samsyn_webhook_deliveries_total{subscription="arkiv",outcome="failed"} 2',
      'samsyn_webhook_deliveries_total{subscription="arkiv",outcome="delivered"} 0',
      'samsyn_webhook_paused_subscriptions{reason="admin"} 0',
      'samsyn_webhook_paused_subscriptions{reason="failing"} 0',
    ]);
  });
});
