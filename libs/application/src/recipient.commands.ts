import { recipientDecider, recipientStream, type Language, type NotificationKind } from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult } from './application.port';
import type { CommandExecutor } from './command-executor';

/** What a principal is told and where (issue 14): its preferences and e-mail address. */
export class RecipientCommands {
  constructor(private readonly executor: CommandExecutor) {}

  private async run(principal: string, build: Parameters<CommandExecutor['execute']>[2], opts: ExecutionOptions): Promise<ExecutionResult> {
    const streamId = recipientStream(principal);
    const r = await this.executor.execute(streamId, recipientDecider as never, build, opts);
    return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: r.state };
  }

  setNotificationPreferences(principal: string, data: { kinds: string[]; email: boolean; language: string }, opts: ExecutionOptions) {
    return this.run(principal, (_s, context) => ({
      type: 'SetNotificationPreferences',
      data: { principal, kinds: data.kinds as NotificationKind[], email: data.email, language: data.language as Language },
      context,
    }), opts);
  }

  registerEmailAddress(principal: string, data: { address: string }, opts: ExecutionOptions) {
    return this.run(principal, (_s, context) => ({ type: 'RegisterEmailAddress', data: { principal, address: data.address }, context }), opts);
  }
}
