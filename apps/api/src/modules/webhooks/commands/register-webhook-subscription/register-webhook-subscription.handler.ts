import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { CLOCK, type Clock } from '../../../../infrastructure/tokens';
import type { WebhookStorage } from '../../storage/webhook-storage';
import type { WebhookSettings } from '../../webhook-settings';
import { WEBHOOK_EXECUTOR, WEBHOOK_STORAGE, WEBHOOK_SETTINGS } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { withNewSecret } from '../with-new-secret';
import { RegisterWebhookSubscriptionCommand } from './register-webhook-subscription.command';

/** The use case: a subscription with a secret the server makes (answered this once), its reference in the event. */
@CommandHandler(RegisterWebhookSubscriptionCommand)
export class RegisterWebhookSubscriptionHandler implements ICommandHandler<RegisterWebhookSubscriptionCommand> {
  constructor(
    @Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(WEBHOOK_STORAGE) private readonly storage: Pick<WebhookStorage, 'secrets'>,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ data, options }: RegisterWebhookSubscriptionCommand): Promise<ExecutionResult> {
    const id = data.id ?? randomUUID();
    return withNewSecret(this.storage.secrets, this.clock, id, (secretRef) =>
      runOnSubscription(this.executor, id, (_state, context) => ({
        type: 'RegisterWebhookSubscription',
        data: { id, url: data.url, filter: { ...data.filter }, description: data.description ?? null, secretRef, allowPrivateAddresses: this.settings.allowPrivateAddresses },
        context,
      }), options),
    );
  }
}
