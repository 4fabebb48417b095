import {
  webhookSubscriptionDecider,
  WEBHOOK_SUBSCRIPTION_EVENT_TYPES,
  type WebhookSubscriptionEvent,
  type WebhookSubscriptionState,
} from '@samsyn/domain/webhook-subscription';
import type { EventStore, StoredEvent } from '@samsyn/event-store';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';
import type { DeliveryLog } from '../storage/delivery-log';

/** A subscription as the reads answer it: its events folded, with when each part happened. */
export interface WebhookSubscriptionView {
  id: string;
  url: string;
  filter: WebhookSubscriptionState['filter'];
  description: string | null;
  status: 'active' | 'paused' | 'removed';
  registeredBy: string;
  registeredAt: string;
  updatedAt: string;
  secretRotatedAt: string | null;
  paused: (NonNullable<WebhookSubscriptionState['paused']> & { pausedAt: string }) | null;
  /** Where deliveries stand now (operational, not as of the past: null for asOf reads). */
  delivery: ReturnType<DeliveryLog['summary']> | null;
  /** The subscription stream's revision (the ETag's). */
  revision: bigint;
}

type Folded = Omit<WebhookSubscriptionView, 'delivery'> & { state: WebhookSubscriptionState };

const within = (e: StoredEvent, asOf: AsOf): boolean =>
  asOf === undefined || ('position' in asOf ? e.position <= asOf.position : Date.parse(e.metadata.occurredAt) <= Date.parse(asOf.instant));

/** Pure: the view after one more event of its stream. */
export const foldView = (view: Folded | undefined, e: StoredEvent): Folded => {
  const state = webhookSubscriptionDecider.evolve(view?.state ?? webhookSubscriptionDecider.initialState(), { type: e.type, data: e.data } as WebhookSubscriptionEvent);
  const at = e.metadata.occurredAt;
  const paused = state.paused ? { ...state.paused, pausedAt: e.type === 'WebhookSubscriptionPaused' ? at : (view?.paused?.pausedAt ?? at) } : null;
  return {
    state,
    id: state.id!,
    url: state.url,
    filter: state.filter,
    description: state.description,
    status: state.status!,
    registeredBy: state.registeredBy!,
    registeredAt: view?.registeredAt ?? at,
    updatedAt: at,
    secretRotatedAt: e.type === 'WebhookSecretRotated' ? at : (view?.secretRotatedAt ?? null),
    paused,
    revision: e.revision,
  };
};

const withDelivery = ({ state: _state, ...v }: Folded, log: DeliveryLog, asOf: AsOf): WebhookSubscriptionView => ({
  ...v,
  delivery: asOf === undefined ? log.summary(v.id) : null,
});

/** One subscription from its own stream, or null when it did not exist (then). */
export const webhookSubscriptionView = async (store: EventStore, log: DeliveryLog, streamId: string, asOf: AsOf): Promise<WebhookSubscriptionView | null> => {
  let view: Folded | undefined;
  for (const e of await store.readStream(streamId)) if (within(e, asOf)) view = foldView(view, e);
  return view?.id ? withDelivery(view, log, asOf) : null;
};

/** Every subscription, oldest registration first, from the subscriptions' events (indexed by type). */
export const webhookSubscriptionViews = async (store: EventStore, log: DeliveryLog, asOf: AsOf): Promise<WebhookSubscriptionView[]> => {
  const views = new Map<string, Folded>();
  for (let after: bigint | undefined; ; ) {
    const batch = await store.readAll({ after, maxCount: 1000, filter: { eventTypes: [...WEBHOOK_SUBSCRIPTION_EVENT_TYPES] } });
    for (const e of batch) if (within(e, asOf)) views.set(e.streamId, foldView(views.get(e.streamId), e));
    if (batch.length < 1000 || (asOf && 'position' in asOf && batch[batch.length - 1].position > asOf.position)) break;
    after = batch[batch.length - 1].position;
  }
  return [...views.values()].filter((v) => v.id).map((v) => withDelivery(v, log, asOf));
};
