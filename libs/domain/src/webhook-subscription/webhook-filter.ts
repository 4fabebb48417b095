import { isKnownEventType } from '../upcasting/schema-versions';
import type { WebhookFilter } from './webhook-subscription.events';

/** The subscriptions' own stream: never delivered, so a failing subscription's pause cannot feed another's failure. */
export const WEBHOOK_STREAM_PREFIX = 'webhook-subscription-';
export const MAX_FILTER_ENTRIES = 50;
const MAX_PREFIX_LENGTH = 200;

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** Why a filter cannot be kept, or null. `webhookEventTypes` are the subscription's own, never delivered. */
export const webhookFilterProblem = (filter: unknown, webhookEventTypes: readonly string[]): string | null => {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return 'filter must be an object {eventTypes?, streamPrefixes?}';
  const { eventTypes = [], streamPrefixes = [] } = filter as Partial<WebhookFilter>;
  if (!Array.isArray(eventTypes) || eventTypes.some((t) => typeof t !== 'string')) return 'filter.eventTypes must be an array of event type names';
  if (!Array.isArray(streamPrefixes) || streamPrefixes.some((p) => typeof p !== 'string')) return 'filter.streamPrefixes must be an array of strings';
  if (eventTypes.length === 0 && streamPrefixes.length === 0) return 'filter needs eventTypes, streamPrefixes or both';
  if (eventTypes.length > MAX_FILTER_ENTRIES || streamPrefixes.length > MAX_FILTER_ENTRIES) return `filter lists at most ${MAX_FILTER_ENTRIES} event types and ${MAX_FILTER_ENTRIES} prefixes`;
  const unknown = eventTypes.filter((t) => !isKnownEventType(t));
  if (unknown.length > 0) return `filter.eventTypes: unknown event type ${unknown.join(', ')}`;
  const own = eventTypes.filter((t) => webhookEventTypes.includes(t));
  if (own.length > 0) return `filter.eventTypes: ${own.join(', ')} are the subscriptions' own events, which are never delivered`;
  if (streamPrefixes.some((p) => p.length === 0 || p.length > MAX_PREFIX_LENGTH)) return `filter.streamPrefixes: each prefix has 1 to ${MAX_PREFIX_LENGTH} characters`;
  if (streamPrefixes.some((p) => p.startsWith(WEBHOOK_STREAM_PREFIX))) return `filter.streamPrefixes: ${WEBHOOK_STREAM_PREFIX}… streams are never delivered`;
  return null;
};

/** The filter as it is kept: both lists present, each entry once, in the order given. */
export const normalWebhookFilter = (filter: Partial<WebhookFilter>): WebhookFilter => ({
  eventTypes: unique(filter.eventTypes ?? []),
  streamPrefixes: unique(filter.streamPrefixes ?? []),
});

export const sameWebhookFilter = (a: WebhookFilter, b: WebhookFilter): boolean => JSON.stringify(a) === JSON.stringify(b);

export const matchesWebhookFilter = (filter: WebhookFilter, event: { type: string; streamId: string }): boolean =>
  !event.streamId.startsWith(WEBHOOK_STREAM_PREFIX) &&
  (filter.eventTypes.length === 0 || filter.eventTypes.includes(event.type)) &&
  (filter.streamPrefixes.length === 0 || filter.streamPrefixes.some((p) => event.streamId.startsWith(p)));
