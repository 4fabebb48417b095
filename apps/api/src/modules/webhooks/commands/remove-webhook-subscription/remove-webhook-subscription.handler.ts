import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { WEBHOOK_EXECUTOR } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { RemoveWebhookSubscriptionCommand } from './remove-webhook-subscription.command';

/** The use case: no more deliveries, ever; the dispatcher erases the secret. Its history and delivery log stay readable. */
@CommandHandler(RemoveWebhookSubscriptionCommand)
export class RemoveWebhookSubscriptionHandler implements ICommandHandler<RemoveWebhookSubscriptionCommand> {
  constructor(@Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ id, options }: RemoveWebhookSubscriptionCommand): Promise<ExecutionResult> {
    return runOnSubscription(this.executor, id, (_state, context) => ({ type: 'RemoveWebhookSubscription', data: { id }, context }), options);
  }
}
