import type { EventStore } from '@samsyn/event-store';
import { withoutAddresses } from './without-addresses';

/** What a store with server-side subscriptions (EventStoreDB) reports about them: drops are
 * resubscribed from the checkpoint with backoff, and operators should see that they happen. */
export interface SubscriptionStatus {
  subscriptions: number;
  drops: number;
  lastDrop: { at: string; reason: string } | null;
  allCaughtUp: boolean;
}

/** As /health shows it (no token needed): a drop's reason comes from the driver ("… esdb://host:2113 …"),
 * so it keeps its words, not its addresses. */
export const subscriptionStatusOf = (store: EventStore): SubscriptionStatus | null => {
  const status = (store as { status?: () => SubscriptionStatus }).status;
  if (typeof status !== 'function') return null;
  const s = status.call(store);
  return { ...s, lastDrop: s.lastDrop && { at: s.lastDrop.at, reason: withoutAddresses(s.lastDrop.reason) } };
};
