import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/application.port';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { CLOCK, type Clock } from '../../../../infrastructure/tokens';
import { newWebhookSecret } from '../../delivery/webhook-signature';
import type { WebhookSecretStore } from '../../storage/webhook-secret-store';
import { WEBHOOK_EXECUTOR, WEBHOOK_SECRETS } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';

/**
 * The use case: a new secret under a new reference, then the rotation naming it. Deliveries sign
 * with it from the next attempt; the dispatcher erases the old one when it sees the rotation.
 */
@CommandHandler(RotateWebhookSecretCommand)
export class RotateWebhookSecretHandler implements ICommandHandler<RotateWebhookSecretCommand> {
  constructor(
    @Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(WEBHOOK_SECRETS) private readonly secrets: WebhookSecretStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ id, options }: RotateWebhookSecretCommand): Promise<ExecutionResult> {
    const ref = randomUUID();
    this.secrets.put(id, ref, newWebhookSecret(), this.clock.now());
    try {
      const r = await runOnSubscription(this.executor, id, (_state, context) => ({ type: 'RotateWebhookSecret', data: { id, secretRef: ref }, context }), options);
      if (r.state.secretRef !== ref) this.secrets.discard(ref);
      return { ...r, resource: { ...r.resource, secret: this.secrets.get(r.state.secretRef) } };
    } catch (error) {
      this.secrets.discard(ref);
      throw error;
    }
  }
}
