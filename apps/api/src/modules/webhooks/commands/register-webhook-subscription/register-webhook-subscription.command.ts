import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { RegisterWebhookSubscriptionRequestDto } from './register-webhook-subscription.request.dto';

export class RegisterWebhookSubscriptionCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: RegisterWebhookSubscriptionRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
