import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { COMMENT_EXECUTOR } from '../../comment-tokens';
import { readThreadAccess } from '../comment-access';
import { runOnThread } from '../run-on-thread';
import { ChangeCommentThreadStatusCommand } from './change-comment-thread-status.command';

/** The use case: a resolved thread takes no reply or edit until it is reopened. */
@CommandHandler(ChangeCommentThreadStatusCommand)
export class ChangeCommentThreadStatusHandler implements ICommandHandler<ChangeCommentThreadStatusCommand> {
  constructor(
    @Inject(COMMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute({ threadId, action, options }: ChangeCommentThreadStatusCommand): Promise<ExecutionResult> {
    const type = action === 'resolve' ? 'ResolveCommentThread' : 'ReopenCommentThread';
    return runOnThread(this.executor, threadId, async (state, context) => ({ type, data: { threadId, access: await readThreadAccess(this.store, this.queries, state.subject) }, context }), options);
  }
}
