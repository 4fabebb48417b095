import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import type { DeliveryLog } from '../../storage/delivery-log';
import { DELIVERY_LOG } from '../../webhook-tokens';
import { webhookSubscriptionViews, type WebhookSubscriptionView } from '../webhook-subscription-view';
import { ListWebhookSubscriptionsQuery } from './list-webhook-subscriptions.query';

@QueryHandler(ListWebhookSubscriptionsQuery)
export class ListWebhookSubscriptionsHandler implements IQueryHandler<ListWebhookSubscriptionsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DELIVERY_LOG) private readonly log: DeliveryLog,
  ) {}

  execute(q: ListWebhookSubscriptionsQuery): Promise<WebhookSubscriptionView[]> {
    return webhookSubscriptionViews(this.store, this.log, q.asOf);
  }
}
