import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import type { ApiConfig } from '../../infrastructure/config/api-config';
import { API_CONFIG, CLOCK, EVENT_STORE, type Clock } from '../../infrastructure/tokens';
import { PauseWebhookSubscriptionHandler } from './commands/pause-webhook-subscription/pause-webhook-subscription.handler';
import { PauseWebhookSubscriptionHttpController } from './commands/pause-webhook-subscription/pause-webhook-subscription.http.controller';
import { RegisterWebhookSubscriptionHandler } from './commands/register-webhook-subscription/register-webhook-subscription.handler';
import { RegisterWebhookSubscriptionHttpController } from './commands/register-webhook-subscription/register-webhook-subscription.http.controller';
import { RemoveWebhookSubscriptionHandler } from './commands/remove-webhook-subscription/remove-webhook-subscription.handler';
import { RemoveWebhookSubscriptionHttpController } from './commands/remove-webhook-subscription/remove-webhook-subscription.http.controller';
import { ResumeWebhookSubscriptionHandler } from './commands/resume-webhook-subscription/resume-webhook-subscription.handler';
import { ResumeWebhookSubscriptionHttpController } from './commands/resume-webhook-subscription/resume-webhook-subscription.http.controller';
import { RotateWebhookSecretHandler } from './commands/rotate-webhook-secret/rotate-webhook-secret.handler';
import { RotateWebhookSecretHttpController } from './commands/rotate-webhook-secret/rotate-webhook-secret.http.controller';
import { UpdateWebhookSubscriptionHandler } from './commands/update-webhook-subscription/update-webhook-subscription.handler';
import { UpdateWebhookSubscriptionHttpController } from './commands/update-webhook-subscription/update-webhook-subscription.http.controller';
import { WebhookDeliveryProcessManager } from './delivery/webhook-delivery.process-manager';
import { GetWebhookSubscriptionHandler } from './queries/get-webhook-subscription/get-webhook-subscription.query-handler';
import { GetWebhookSubscriptionHttpController } from './queries/get-webhook-subscription/get-webhook-subscription.http.controller';
import { ListWebhookDeliveriesHandler } from './queries/list-webhook-deliveries/list-webhook-deliveries.query-handler';
import { ListWebhookDeliveriesHttpController } from './queries/list-webhook-deliveries/list-webhook-deliveries.http.controller';
import { ListWebhookSubscriptionsHandler } from './queries/list-webhook-subscriptions/list-webhook-subscriptions.query-handler';
import { ListWebhookSubscriptionsHttpController } from './queries/list-webhook-subscriptions/list-webhook-subscriptions.http.controller';
import { WebhookStorage } from './storage/webhook-storage';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';
import { WEBHOOK_EXECUTOR, WEBHOOK_SETTINGS, WEBHOOK_STORAGE } from './webhook-tokens';

/** Webhooks (docs/webhooks.md): admins subscribe URLs to events; the dispatcher posts them, signed, in order, at least once. */
@Module({
  controllers: [
    RegisterWebhookSubscriptionHttpController,
    UpdateWebhookSubscriptionHttpController,
    RotateWebhookSecretHttpController,
    PauseWebhookSubscriptionHttpController,
    ResumeWebhookSubscriptionHttpController,
    RemoveWebhookSubscriptionHttpController,
    ListWebhookSubscriptionsHttpController,
    GetWebhookSubscriptionHttpController,
    ListWebhookDeliveriesHttpController,
  ],
  providers: [
    { provide: WEBHOOK_SETTINGS, inject: [API_CONFIG], useFactory: (config: ApiConfig) => config.webhooks ?? DEFAULT_WEBHOOK_SETTINGS },
    // Its own executor on the shared store: the same read-fold-decide-append path as every command.
    { provide: WEBHOOK_EXECUTOR, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => new CommandExecutor(store, clock, randomUUID) },
    { provide: WEBHOOK_STORAGE, inject: [API_CONFIG, WEBHOOK_SETTINGS], useFactory: (config: ApiConfig, s: WebhookSettings) => new WebhookStorage(config.dataDir, s.logKeep) },
    RegisterWebhookSubscriptionHandler,
    UpdateWebhookSubscriptionHandler,
    RotateWebhookSecretHandler,
    PauseWebhookSubscriptionHandler,
    ResumeWebhookSubscriptionHandler,
    RemoveWebhookSubscriptionHandler,
    ListWebhookSubscriptionsHandler,
    GetWebhookSubscriptionHandler,
    ListWebhookDeliveriesHandler,
    WebhookDeliveryProcessManager,
  ],
})
export class WebhooksModule {}
