import type { EventStore } from '@samsyn/event-store';

/** What a store with server-side subscriptions (EventStoreDB) reports about them: drops are
 * resubscribed from the checkpoint with backoff, and operators should see that they happen. */
export interface SubscriptionStatus {
  subscriptions: number;
  drops: number;
  lastDrop: { at: string; reason: string } | null;
  allCaughtUp: boolean;
}

export const subscriptionStatusOf = (store: EventStore): SubscriptionStatus | null => {
  const status = (store as { status?: () => SubscriptionStatus }).status;
  return typeof status === 'function' ? status.call(store) : null;
};
