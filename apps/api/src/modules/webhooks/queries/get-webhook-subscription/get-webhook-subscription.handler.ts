import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { webhookSubscriptionStream } from '@samsyn/domain/webhook-subscription';
import type { EventStore } from '@samsyn/event-store';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { versioned } from '../../../../infrastructure/http/write-result.interceptor';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import type { DeliveryLog } from '../../storage/delivery-log';
import { DELIVERY_LOG } from '../../webhook-tokens';
import { webhookSubscriptionView } from '../webhook-subscription-view';
import { GetWebhookSubscriptionQuery } from './get-webhook-subscription.query';

@QueryHandler(GetWebhookSubscriptionQuery)
export class GetWebhookSubscriptionHandler implements IQueryHandler<GetWebhookSubscriptionQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DELIVERY_LOG) private readonly log: DeliveryLog,
  ) {}

  async execute(q: GetWebhookSubscriptionQuery): Promise<unknown> {
    const view = await webhookSubscriptionView(this.store, this.log, webhookSubscriptionStream(q.id), q.asOf);
    if (view === null) throw notFound(`webhook subscription ${q.id}`);
    return versioned(view, view.revision);
  }
}
