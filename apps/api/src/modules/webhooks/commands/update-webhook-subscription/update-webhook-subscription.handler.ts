import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { WebhookSettings } from '../../webhook-settings';
import { WEBHOOK_EXECUTOR, WEBHOOK_SETTINGS } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { UpdateWebhookSubscriptionCommand } from './update-webhook-subscription.command';

/** The use case: a new URL, filter or description; the dispatcher takes it from the next attempt. */
@CommandHandler(UpdateWebhookSubscriptionCommand)
export class UpdateWebhookSubscriptionHandler implements ICommandHandler<UpdateWebhookSubscriptionCommand> {
  constructor(
    @Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  execute({ id, data, options }: UpdateWebhookSubscriptionCommand): Promise<ExecutionResult> {
    return runOnSubscription(this.executor, id, (_state, context) => ({
      type: 'UpdateWebhookSubscription',
      data: {
        id,
        ...(data.url !== undefined && { url: data.url }),
        ...(data.filter !== undefined && { filter: { ...data.filter } }),
        ...(data.description !== undefined && { description: data.description }),
        allowPrivateAddresses: this.settings.allowPrivateAddresses,
      },
      context,
    }), options);
  }
}
