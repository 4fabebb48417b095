import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';

export class RemoveWebhookSubscriptionCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
