import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import type { WebhookStorage } from '../../storage/webhook-storage';
import { WEBHOOK_STORAGE } from '../../webhook-tokens';
import { webhookSubscriptionViews, type WebhookSubscriptionView } from '../webhook-subscription-view';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class ListWebhookSubscriptionsQuery extends Query<WebhookSubscriptionView[]> {
  constructor(readonly asOf: AsOf) {
    super();
  }
}

@QueryHandler(ListWebhookSubscriptionsQuery)
export class ListWebhookSubscriptionsHandler implements IQueryHandler<ListWebhookSubscriptionsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_STORAGE) private readonly storage: Pick<WebhookStorage, 'log'>,
  ) {}

  execute(q: ListWebhookSubscriptionsQuery): Promise<WebhookSubscriptionView[]> {
    return webhookSubscriptionViews(this.store, this.storage.log, q.asOf);
  }
}
