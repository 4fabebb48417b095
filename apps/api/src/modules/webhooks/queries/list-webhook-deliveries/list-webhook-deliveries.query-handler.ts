import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import { webhookSubscriptionStream } from '@samsyn/domain/webhook-subscription';
import type { EventStore } from '@samsyn/event-store';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import type { DeliveryEntry } from '../../storage/delivery-log';
import type { WebhookStorage } from '../../storage/webhook-storage';
import { WEBHOOK_STORAGE } from '../../webhook-tokens';

export class ListWebhookDeliveriesQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly limit: number,
    readonly before: bigint | undefined,
  ) {
    super();
  }
}

/** The delivery log, newest first: operational data kept beside the checkpoint, so it answers now only. */
@QueryHandler(ListWebhookDeliveriesQuery)
export class ListWebhookDeliveriesHandler implements IQueryHandler<ListWebhookDeliveriesQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_STORAGE) private readonly storage: Pick<WebhookStorage, 'log'>,
  ) {}

  async execute(q: ListWebhookDeliveriesQuery): Promise<{ subscriptionId: string; deliveries: DeliveryEntry[]; nextBefore: string | null }> {
    if ((await this.store.streamRevision(webhookSubscriptionStream(q.id))) === null) throw notFound(`webhook subscription ${q.id}`);
    const deliveries = this.storage.log.page(q.id, q.limit, q.before);
    return { subscriptionId: q.id, deliveries, nextBefore: deliveries.length === q.limit ? deliveries[deliveries.length - 1].position : null };
  }
}
