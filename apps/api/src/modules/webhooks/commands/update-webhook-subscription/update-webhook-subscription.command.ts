import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { UpdateWebhookSubscriptionRequestDto } from './update-webhook-subscription.request.dto';

export class UpdateWebhookSubscriptionCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: UpdateWebhookSubscriptionRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
