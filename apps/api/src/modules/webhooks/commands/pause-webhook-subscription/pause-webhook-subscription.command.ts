import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { WebhookFailure } from '@samsyn/domain/webhook-subscription';

/** By an admin (with a note), or by the dispatcher as the system (with the failure). */
export class PauseWebhookSubscriptionCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly why: { reason: 'admin'; note?: string | null } | { reason: 'failing'; failure: WebhookFailure },
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
