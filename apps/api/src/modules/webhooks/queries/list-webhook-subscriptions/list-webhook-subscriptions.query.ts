import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';
import type { WebhookSubscriptionView } from '../webhook-subscription-view';

export class ListWebhookSubscriptionsQuery extends Query<WebhookSubscriptionView[]> {
  constructor(readonly asOf: AsOf) {
    super();
  }
}
