import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { CommandContext } from '@samsyn/domain';
import { webhookSubscriptionDecider, webhookSubscriptionStream, type WebhookSubscriptionCommand, type WebhookSubscriptionState } from '@samsyn/domain/webhook-subscription';

/** A subscription as writes answer it: its state without the secret's reference (which is of no use to a client). */
export const subscriptionResource = (s: WebhookSubscriptionState) => ({
  id: s.id,
  url: s.url,
  filter: s.filter,
  description: s.description,
  status: s.status,
  registeredBy: s.registeredBy,
  paused: s.paused,
});

/** One decision on one subscription's stream, through the shared executor (read, fold, decide, append). */
export const runOnSubscription = async (
  executor: CommandExecutor,
  id: string,
  build: (state: WebhookSubscriptionState, context: CommandContext) => WebhookSubscriptionCommand,
  opts: ExecutionOptions,
): Promise<ExecutionResult<ReturnType<typeof subscriptionResource>> & { state: WebhookSubscriptionState }> => {
  const streamId = webhookSubscriptionStream(id);
  const r = await executor.on(webhookSubscriptionDecider).execute(streamId, build, opts);
  const state = r.state;
  return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: subscriptionResource(state), state };
};
