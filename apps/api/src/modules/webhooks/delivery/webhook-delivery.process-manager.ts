import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_PRINCIPAL } from '@samsyn/domain/shared/principal';
import type { EventStore } from '@samsyn/event-store';
import type { Logger } from '../../../infrastructure/logging/logger';
import { EVENT_STORE, LOGGER } from '../../../infrastructure/tokens';
import { PauseWebhookSubscriptionCommand } from '../commands/pause-webhook-subscription/pause-webhook-subscription.command';
import type { DeliveryLog } from '../storage/delivery-log';
import type { WebhookDatabase } from '../storage/webhook-database';
import type { WebhookSecretStore } from '../storage/webhook-secret-store';
import type { WebhookSettings } from '../webhook-settings';
import { DELIVERY_LOG, WEBHOOK_DATABASE, WEBHOOK_SECRETS, WEBHOOK_SETTINGS } from '../webhook-tokens';
import { WebhookDispatcher } from './webhook-dispatcher';
import { postWebhook } from './webhook-request';

/** Runs the dispatcher unless SAMSYN_WEBHOOKS=0, and closes webhooks.sqlite after it on shutdown. */
@Injectable()
export class WebhookDeliveryProcessManager implements OnApplicationBootstrap, OnModuleDestroy {
  private dispatcher: WebhookDispatcher | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_DATABASE) private readonly db: WebhookDatabase,
    @Inject(DELIVERY_LOG) private readonly log: DeliveryLog,
    @Inject(WEBHOOK_SECRETS) private readonly secrets: WebhookSecretStore,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly commandBus: CommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.deliver) return;
    this.dispatcher = new WebhookDispatcher({
      store: this.store,
      log: this.log,
      secrets: this.secrets,
      settings: this.settings,
      now: Date.now,
      random: Math.random,
      post: postWebhook,
      pause: (id, failure, cause) =>
        this.commandBus.execute(new PauseWebhookSubscriptionCommand(id, { reason: 'failing', failure }, { principal: SYSTEM_PRINCIPAL, causationId: cause })),
      onAttemptFailed: (t, o, failures) =>
        this.logger.warn({ webhook: t.subscriptionId, delivery: t.deliveryId, position: t.position.toString(), status: o.status, error: o.error, failures }, 'a webhook delivery failed; retrying'),
      onError: (id, err) => this.logger.error({ err, webhook: id }, 'webhook delivery stopped by an error'),
    });
    await this.dispatcher.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispatcher?.stop();
    if (this.db.open) this.db.close();
  }
}
