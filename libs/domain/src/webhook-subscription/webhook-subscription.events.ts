import type { DomainEvent } from '../shared';

/**
 * Which events a subscription receives: of these types (none: any type) and in streams with one of
 * these prefixes (none: any stream). At least one of the two is given; an event must satisfy both.
 */
export interface WebhookFilter {
  eventTypes: string[];
  streamPrefixes: string[];
}

/**
 * The subscription's secret is never in an event: events are kept for ever and read by auditors.
 * `secretRef` names the secret in the server's secret store (docs/webhooks.md, "The secret").
 */
export type WebhookSubscriptionRegistered = DomainEvent<
  'WebhookSubscriptionRegistered',
  { id: string; url: string; filter: WebhookFilter; description: string | null; secretRef: string; registeredBy: string }
>;

/** A new URL, filter or description (each carried whole, as it now is). */
export type WebhookSubscriptionUpdated = DomainEvent<
  'WebhookSubscriptionUpdated',
  { id: string; url: string; filter: WebhookFilter; description: string | null; updatedBy: string }
>;

export type WebhookSecretRotated = DomainEvent<'WebhookSecretRotated', { id: string; secretRef: string; rotatedBy: string }>;

export const WEBHOOK_PAUSE_REASONS = ['admin', 'failing'] as const;
export type WebhookPauseReason = (typeof WEBHOOK_PAUSE_REASONS)[number];

/** The delivery the subscription kept failing on, when the dispatcher paused it. */
export interface WebhookFailure {
  /** Global position of the event that was not delivered. */
  position: string;
  eventType: string;
  attempts: number;
  /** When the first of those failed attempts was made (ISO-8601). */
  since: string;
  lastError: string;
}

export type WebhookSubscriptionPaused = DomainEvent<
  'WebhookSubscriptionPaused',
  { id: string; reason: WebhookPauseReason; note: string | null; failure: WebhookFailure | null; pausedBy: string }
>;

export type WebhookSubscriptionResumed = DomainEvent<'WebhookSubscriptionResumed', { id: string; resumedBy: string }>;

export type WebhookSubscriptionRemoved = DomainEvent<'WebhookSubscriptionRemoved', { id: string; removedBy: string }>;

export type WebhookSubscriptionEvent =
  | WebhookSubscriptionRegistered
  | WebhookSubscriptionUpdated
  | WebhookSecretRotated
  | WebhookSubscriptionPaused
  | WebhookSubscriptionResumed
  | WebhookSubscriptionRemoved;

export const WEBHOOK_SUBSCRIPTION_EVENT_TYPES: readonly WebhookSubscriptionEvent['type'][] = [
  'WebhookSubscriptionRegistered',
  'WebhookSubscriptionUpdated',
  'WebhookSecretRotated',
  'WebhookSubscriptionPaused',
  'WebhookSubscriptionResumed',
  'WebhookSubscriptionRemoved',
];
