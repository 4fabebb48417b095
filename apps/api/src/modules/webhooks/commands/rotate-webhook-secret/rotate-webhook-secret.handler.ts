import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { CLOCK, type Clock } from '../../../../infrastructure/tokens';
import type { WebhookStorage } from '../../storage/webhook-storage';
import { WEBHOOK_EXECUTOR, WEBHOOK_STORAGE } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { withNewSecret } from '../with-new-secret';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';

/** The use case: a new secret (answered this once); deliveries sign with it from the next attempt, the dispatcher erases the old one. */
@CommandHandler(RotateWebhookSecretCommand)
export class RotateWebhookSecretHandler implements ICommandHandler<RotateWebhookSecretCommand> {
  constructor(
    @Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(WEBHOOK_STORAGE) private readonly storage: Pick<WebhookStorage, 'secrets'>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ id, options }: RotateWebhookSecretCommand): Promise<ExecutionResult> {
    return withNewSecret(this.storage.secrets, this.clock, id, (secretRef) =>
      runOnSubscription(this.executor, id, (_state, context) => ({ type: 'RotateWebhookSecret', data: { id, secretRef }, context }), options),
    );
  }
}
