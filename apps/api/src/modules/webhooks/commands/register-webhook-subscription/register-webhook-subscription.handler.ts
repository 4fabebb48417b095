import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/application.port';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { CLOCK, type Clock } from '../../../../infrastructure/tokens';
import { newWebhookSecret } from '../../delivery/webhook-signature';
import type { WebhookSecretStore } from '../../storage/webhook-secret-store';
import type { WebhookSettings } from '../../webhook-settings';
import { WEBHOOK_EXECUTOR, WEBHOOK_SECRETS, WEBHOOK_SETTINGS } from '../../webhook-tokens';
import { runOnSubscription } from '../run-on-subscription';
import { RegisterWebhookSubscriptionCommand } from './register-webhook-subscription.command';

/**
 * The use case: a new secret is made and kept under a fresh reference first, then the registration
 * naming that reference is decided and appended. A refusal discards the secret; a replayed request
 * (same Idempotency-Key) answers the secret the first one made.
 */
@CommandHandler(RegisterWebhookSubscriptionCommand)
export class RegisterWebhookSubscriptionHandler implements ICommandHandler<RegisterWebhookSubscriptionCommand> {
  constructor(
    @Inject(WEBHOOK_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(WEBHOOK_SECRETS) private readonly secrets: WebhookSecretStore,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, options }: RegisterWebhookSubscriptionCommand): Promise<ExecutionResult> {
    const id = data.id ?? randomUUID();
    const ref = randomUUID();
    this.secrets.put(id, ref, newWebhookSecret(), this.clock.now());
    try {
      const r = await runOnSubscription(this.executor, id, (_state, context) => ({
        type: 'RegisterWebhookSubscription',
        data: { id, url: data.url, filter: { ...data.filter }, description: data.description ?? null, secretRef: ref, allowPrivateAddresses: this.settings.allowPrivateAddresses },
        context,
      }), options);
      if (r.state.secretRef !== ref) this.secrets.discard(ref);
      return { ...r, resource: { ...r.resource, secret: this.secrets.get(r.state.secretRef) } };
    } catch (error) {
      this.secrets.discard(ref);
      throw error;
    }
  }
}
