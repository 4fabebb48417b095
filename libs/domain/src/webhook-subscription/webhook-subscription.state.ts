import type { WebhookFailure, WebhookFilter, WebhookPauseReason } from './webhook-subscription.events';

export type WebhookSubscriptionStatus = 'active' | 'paused' | 'removed';

export interface WebhookSubscriptionState {
  /** null until registered. */
  id: string | null;
  url: string;
  filter: WebhookFilter;
  description: string | null;
  secretRef: string;
  status: WebhookSubscriptionStatus | null;
  registeredBy: string | null;
  /** Why it is paused, while it is. */
  paused: { reason: WebhookPauseReason; note: string | null; failure: WebhookFailure | null; pausedBy: string } | null;
}
