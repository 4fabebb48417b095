import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import { webhookSubscriptionStream } from '@samsyn/domain/webhook-subscription';
import type { EventStore } from '@samsyn/event-store';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { versioned } from '../../../../infrastructure/http/write-result.interceptor';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import type { WebhookStorage } from '../../storage/webhook-storage';
import { WEBHOOK_STORAGE } from '../../webhook-tokens';
import { webhookSubscriptionView } from '../webhook-subscription-view';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetWebhookSubscriptionQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetWebhookSubscriptionQuery)
export class GetWebhookSubscriptionHandler implements IQueryHandler<GetWebhookSubscriptionQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_STORAGE) private readonly storage: Pick<WebhookStorage, 'log'>,
  ) {}

  async execute(q: GetWebhookSubscriptionQuery): Promise<unknown> {
    const view = await webhookSubscriptionView(this.store, this.storage.log, webhookSubscriptionStream(q.id), q.asOf);
    if (view === null) throw notFound(`webhook subscription ${q.id}`);
    return versioned(view, view.revision);
  }
}
