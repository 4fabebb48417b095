import { useApiQuery } from '../../../lib/use-api-query';

export interface DeliveryEntry {
  deliveryId: string;
  position: string;
  eventType: string;
  streamId: string;
  status: 'pending' | 'delivered' | 'skipped';
  attempts: number;
  lastAttemptAt: string;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  filter: { eventTypes: string[]; streamPrefixes: string[] };
  description: string | null;
  status: 'active' | 'paused' | 'removed';
  registeredAt: string;
  registeredBy: string;
  paused: { reason: 'admin' | 'failing'; note: string | null; pausedAt: string; pausedBy: string; failure: { attempts: number; lastError: string; eventType: string } | null } | null;
  /** null when the page shows the past: the delivery log is of now. */
  delivery: { lastDeliveredAt: string | null; failures: number; pending: DeliveryEntry | null } | null;
}

/** Deliveries move without an event (an attempt is not one): the screen asks again this often. */
export const DELIVERY_REFRESH_MS = 3000;

/** GET /webhooks (admins): every subscription with its status and where its deliveries stand. */
export const useWebhooks = () => useApiQuery<WebhookSubscription[]>(['webhooks'], '/webhooks', undefined, { refetchInterval: DELIVERY_REFRESH_MS });
