import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_PRINCIPAL } from '@samsyn/domain/shared/principal';
import type { EventStore } from '@samsyn/event-store';
import type { Logger } from '../../../infrastructure/logging/logger';
import { API_METRICS } from '../../../infrastructure/metrics/metrics.controller';
import type { ApiMetrics } from '../../../infrastructure/metrics/metrics';
import { EVENT_STORE, LOGGER } from '../../../infrastructure/tokens';
import { PauseWebhookSubscriptionCommand } from '../commands/pause-webhook-subscription/pause-webhook-subscription.command';
import type { WebhookStorage } from '../storage/webhook-storage';
import type { WebhookSettings } from '../webhook-settings';
import { WEBHOOK_SETTINGS, WEBHOOK_STORAGE } from '../webhook-tokens';
import { WebhookDispatcher } from './webhook-dispatcher';
import { webhookSnapshot } from './webhook-metrics-snapshot';
import { postWebhook } from './webhook-request';

/**
 * Runs the dispatcher unless SAMSYN_WEBHOOKS=0, and feeds its attempts and state to /metrics
 * (docs/webhooks.md "Metrics"); on shutdown stops both, and closes webhooks.sqlite once no request can read it.
 */
@Injectable()
export class WebhookDeliveryProcessManager implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private dispatcher: WebhookDispatcher | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_STORAGE) private readonly storage: WebhookStorage,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(API_METRICS) private readonly metrics: ApiMetrics,
    private readonly commandBus: CommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.deliver) return;
    const storage = this.storage;
    const count = this.metrics.webhooks;
    const dispatcher = new WebhookDispatcher({
      store: this.store,
      // Through the storage, so the file is opened when a subscription first needs it.
      get log() {
        return storage.log;
      },
      get secrets() {
        return storage.secrets;
      },
      settings: this.settings,
      now: Date.now,
      random: Math.random,
      post: postWebhook,
      pause: (id, failure, cause) =>
        this.commandBus.execute(new PauseWebhookSubscriptionCommand(id, { reason: 'failing', failure }, { principal: SYSTEM_PRINCIPAL, causationId: cause })),
      onAttemptFailed: (t, o, failures) => {
        count.attempt(t.subscriptionId, 'failed');
        this.logger.warn({ webhook: t.subscriptionId, delivery: t.deliveryId, position: t.position.toString(), status: o.status, error: o.error, failures }, 'a webhook delivery failed; retrying');
      },
      onDelivered: (t) => count.attempt(t.subscriptionId, 'delivered'),
      onError: (id, err) => this.logger.error({ err, webhook: id }, 'webhook delivery stopped by an error'),
    });
    this.dispatcher = dispatcher;
    count.watch(() => webhookSnapshot(dispatcher.subscriptions(), () => storage.log));
    await dispatcher.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.metrics.webhooks.watch(null);
    await this.dispatcher?.stop();
  }

  /** After the HTTP server has closed: a read still answering until then may use the file. */
  onApplicationShutdown(): void {
    this.storage.close();
  }
}
