import { randomUUID } from 'node:crypto';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { WebhookSubscriptionState } from '@samsyn/domain/webhook-subscription';
import type { Clock } from '../../../infrastructure/tokens';
import { newWebhookSecret } from '../delivery/webhook-signature';
import type { WebhookSecretStore } from '../storage/webhook-secret-store';
import type { subscriptionResource } from './run-on-subscription';

type Written = ExecutionResult<ReturnType<typeof subscriptionResource>> & { state: WebhookSubscriptionState };

/**
 * A new secret is made and kept under a fresh reference first, then the decision naming that
 * reference runs. A refusal discards the secret; a replayed request (same Idempotency-Key) keeps
 * the first one's, and the answer carries whichever secret the subscription now names.
 */
export const withNewSecret = async (secrets: WebhookSecretStore, clock: Clock, subscriptionId: string, decide: (secretRef: string) => Promise<Written>): Promise<ExecutionResult> => {
  const ref = randomUUID();
  secrets.put(subscriptionId, ref, newWebhookSecret(), clock.now());
  try {
    const r = await decide(ref);
    if (r.state.secretRef !== ref) secrets.discard(ref);
    return { ...r, resource: { ...r.resource, secret: secrets.get(r.state.secretRef) } };
  } catch (error) {
    secrets.discard(ref);
    throw error;
  }
};
