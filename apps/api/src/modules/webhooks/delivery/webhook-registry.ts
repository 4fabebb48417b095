import {
  webhookSubscriptionDecider,
  type WebhookFilter,
  type WebhookSubscriptionEvent,
  type WebhookSubscriptionState,
} from '@samsyn/domain/webhook-subscription';
import type { StoredEvent } from '@samsyn/event-store';

/** One subscription as the dispatcher needs it: its state, and where in the log each part of it began. */
export interface RegistryEntry {
  state: WebhookSubscriptionState;
  /** Deliveries start strictly after the registration. */
  registeredAt: bigint;
  /** Each filter with the position from which it applies: an event is matched by the filter in force when it was appended. */
  filters: { from: bigint; filter: WebhookFilter }[];
  /** The last resumption, after which the run of failures starts again. */
  resumedAt: bigint | null;
}

export type WebhookRegistry = Map<string, RegistryEntry>;

/** Folds one event of a subscription stream (the domain's evolve, plus positions). */
export const foldRegistry = (registry: WebhookRegistry, stored: StoredEvent): RegistryEntry | null => {
  const event = { type: stored.type, data: stored.data } as WebhookSubscriptionEvent;
  const id = (event.data as { id?: unknown }).id;
  if (typeof id !== 'string') return null;
  const before = registry.get(id);
  const state = webhookSubscriptionDecider.evolve(before?.state ?? webhookSubscriptionDecider.initialState(), event);
  const entry: RegistryEntry = before
    ? { ...before, state }
    : { state, registeredAt: stored.position, filters: [{ from: stored.position, filter: state.filter }], resumedAt: null };
  if (event.type === 'WebhookSubscriptionUpdated' && JSON.stringify(state.filter) !== JSON.stringify(before?.state.filter)) {
    entry.filters = [...entry.filters, { from: stored.position, filter: state.filter }];
  }
  if (event.type === 'WebhookSubscriptionResumed') entry.resumedAt = stored.position;
  registry.set(id, entry);
  return entry;
};

/** The filter in force when the event at `position` was appended. */
export const filterAt = (entry: RegistryEntry, position: bigint): WebhookFilter => {
  let current = entry.filters[0].filter;
  for (const f of entry.filters) if (f.from < position) current = f.filter;
  return current;
};

/**
 * What the store may be asked for, from `after` on: the union of the filters in force then, when
 * it can be said in the store's terms (types only, or prefixes only); else everything, matched here.
 */
export const storeFilterAfter = (entry: RegistryEntry, after: bigint): { eventTypes?: string[]; streamPrefixes?: string[] } | undefined => {
  const live = entry.filters.filter((f, i) => i === entry.filters.length - 1 || entry.filters[i + 1].from > after).map((f) => f.filter);
  if (live.every((f) => f.streamPrefixes.length === 0)) return { eventTypes: [...new Set(live.flatMap((f) => f.eventTypes))] };
  if (live.every((f) => f.eventTypes.length === 0)) return { streamPrefixes: [...new Set(live.flatMap((f) => f.streamPrefixes))] };
  return undefined;
};
