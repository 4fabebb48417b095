import { Counter, Gauge, type Registry } from 'prom-client';

export type DeliveryOutcome = 'delivered' | 'failed';

/** Where the webhook subscriptions stand now, as the dispatcher and its delivery log know it. */
export interface WebhookSnapshot {
  /** Every subscription the dispatcher knows, removed ones too (their counters stay). */
  subscriptions: { id: string; status: 'active' | 'paused' | 'removed'; pausedReason: 'admin' | 'failing' | null }[];
  /** Entries of the delivery log still pending (being retried, or held by a pause), per subscription. */
  pending: Map<string, number>;
}

export interface WebhookMetrics {
  /** One attempt's outcome: a 2xx is `delivered`; any other answer, a timeout or no connection is `failed`. */
  attempt(subscription: string, outcome: DeliveryOutcome): void;
  /** What the gauges read at scrape time; null (no dispatcher on this server, SAMSYN_WEBHOOKS=0, or stopped): no gauges. */
  watch(snapshot: (() => WebhookSnapshot) | null): void;
}

const OUTCOMES: readonly DeliveryOutcome[] = ['delivered', 'failed'];
const REASONS = ['admin', 'failing'] as const;

/**
 * Delivery metrics on /metrics (docs/webhooks.md "Metrics"). Attempts are counted as they happen
 * (a counter starts at 0 on each start, which Prometheus' rate() expects); pending deliveries and
 * paused subscriptions are read at scrape time, so they are never stale. Every known subscription
 * has both outcome series from its first scrape, so an alert on `failed` sees 0 before the first failure.
 */
export const createWebhookMetrics = (registry: Registry): WebhookMetrics => {
  let snapshot: (() => WebhookSnapshot) | null = null;
  const attempts = new Counter({
    name: 'samsyn_webhook_deliveries_total',
    help: 'Webhook delivery attempts per subscription, by outcome: delivered (a 2xx answer) or failed (another answer, a timeout, no connection)',
    labelNames: ['subscription', 'outcome'] as const,
    registers: [registry],
    collect() {
      for (const s of snapshot?.().subscriptions ?? []) for (const outcome of OUTCOMES) this.inc({ subscription: s.id, outcome }, 0);
    },
  });
  new Gauge({
    name: 'samsyn_webhook_pending_deliveries',
    help: 'Webhook deliveries not yet acknowledged by a 2xx (being retried, or held by a pause), per subscription that is not removed',
    labelNames: ['subscription'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const now = snapshot?.();
      if (!now) return;
      for (const s of now.subscriptions) if (s.status !== 'removed') this.set({ subscription: s.id }, now.pending.get(s.id) ?? 0);
    },
  });
  new Gauge({
    name: 'samsyn_webhook_paused_subscriptions',
    help: 'Webhook subscriptions paused, by reason: admin (paused by an admin) or failing (paused by Samsyn after repeated failures)',
    labelNames: ['reason'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const now = snapshot?.();
      if (!now) return;
      for (const reason of REASONS) this.set({ reason }, now.subscriptions.filter((s) => s.status === 'paused' && s.pausedReason === reason).length);
    },
  });
  return {
    attempt: (subscription, outcome) => attempts.inc({ subscription, outcome }),
    watch: (s) => {
      snapshot = s;
    },
  };
};
