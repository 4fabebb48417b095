import type { WebhookSnapshot } from '../../../infrastructure/metrics/webhook-metrics';
import type { DeliveryLog } from '../storage/delivery-log';
import type { RegistryEntry } from './webhook-registry';

/**
 * What /metrics reads at scrape time: the subscriptions as the dispatcher folded them from their
 * events, and the delivery log's pending entries. A server that has no subscription never opens
 * webhooks.sqlite for it (`log` is asked only when there is one).
 */
export const webhookSnapshot = (subscriptions: RegistryEntry[], log: () => DeliveryLog): WebhookSnapshot => {
  const known = subscriptions.filter((e) => e.state.id !== null && e.state.status !== null);
  return {
    subscriptions: known.map((e) => ({ id: e.state.id!, status: e.state.status!, pausedReason: e.state.paused?.reason ?? null })),
    pending: known.length === 0 ? new Map() : log().pendingCounts(),
  };
};
