import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { WEBHOOK_EXECUTOR } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { ResumeWebhookSubscriptionCommand } from './resume-webhook-subscription.command';

/** The use case: deliveries go on from the event the subscription stopped at, with a fresh run of attempts. */
@CommandHandler(ResumeWebhookSubscriptionCommand)
export class ResumeWebhookSubscriptionHandler implements ICommandHandler<ResumeWebhookSubscriptionCommand> {
  constructor(@Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ id, options }: ResumeWebhookSubscriptionCommand): Promise<ExecutionResult> {
    return runOnSubscription(this.executor, id, (_state, context) => ({ type: 'ResumeWebhookSubscription', data: { id }, context }), options);
  }
}
