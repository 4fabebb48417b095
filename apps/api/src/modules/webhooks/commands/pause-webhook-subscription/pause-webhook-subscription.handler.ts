import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { WEBHOOK_EXECUTOR } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { PauseWebhookSubscriptionCommand } from './pause-webhook-subscription.command';

/** The use case: no more deliveries until resumed; nothing is skipped meanwhile. */
@CommandHandler(PauseWebhookSubscriptionCommand)
export class PauseWebhookSubscriptionHandler implements ICommandHandler<PauseWebhookSubscriptionCommand> {
  constructor(@Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ id, why, options }: PauseWebhookSubscriptionCommand): Promise<ExecutionResult> {
    return runOnSubscription(this.executor, id, (_state, context) => ({ type: 'PauseWebhookSubscription', data: { id, ...why }, context }), options);
  }
}
