import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createWebhookMetrics, type WebhookMetrics } from './webhook-metrics';

export interface ApiMetrics {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  appends: Counter<'stream_category'>;
  projectionLag: Gauge<string>;
  /** Fed by the webhook dispatcher (modules/webhooks), docs/webhooks.md "Metrics". */
  webhooks: WebhookMetrics;
}

/**
 * One registry per app instance (tests start several apps in one process). The lag gauge is
 * computed at scrape time by `lag`, so it is never stale.
 */
export const createMetrics = (lag: () => Promise<number | null>, subscriptionDrops: () => number | null = () => null): ApiMetrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  dropMisnamedGauges(registry);
  const requestDuration = new Histogram({
    name: 'samsyn_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const appends = new Counter({
    name: 'samsyn_appends_total',
    help: 'Writes that appended events, by stream category',
    labelNames: ['stream_category'] as const,
    registers: [registry],
  });
  const projectionLag = new Gauge({
    name: 'samsyn_projection_lag_events',
    help: 'Events in the store that the read models have not applied yet',
    registers: [registry],
    async collect() {
      // The store away (a database restart) must not take /metrics down with it: the lag is
      // unknown then (NaN; prom-client writes it "Nan", which Prometheus reads), and the other metrics still answer.
      const v = await lag().catch(() => NaN);
      if (v !== null) this.set(v);
    },
  });
  // A count that only grows is a counter (`promtool check metrics` refuses a gauge named *_total);
  // the source keeps the running total, so each scrape adds what was dropped since the last one.
  let dropsSeen = 0;
  new Counter({
    name: 'samsyn_subscription_drops_total',
    help: 'Store subscriptions dropped and resubscribed from their checkpoint (EventStoreDB)',
    registers: [registry],
    collect() {
      const v = subscriptionDrops();
      if (v !== null && v > dropsSeen) {
        this.inc(v - dropsSeen);
        dropsSeen = v;
      }
    },
  });
  return { registry, requestDuration, appends, projectionLag, webhooks: createWebhookMetrics(registry) };
};

/**
 * prom-client's defaults give each of active handles, requests and resources twice: by type as
 * `nodejs_active_*` and in all as a gauge `nodejs_active_*_total`, a name Prometheus keeps for
 * counters (`promtool check metrics` refuses it). The sums are those of the gauges by type.
 */
const dropMisnamedGauges = (registry: Registry): void => {
  for (const what of ['handles', 'requests', 'resources']) registry.removeSingleMetric(`nodejs_active_${what}_total`);
};

export const streamCategory = (streamId: string): string => {
  const i = streamId.indexOf('-');
  return i > 0 ? streamId.slice(0, i) : streamId;
};
