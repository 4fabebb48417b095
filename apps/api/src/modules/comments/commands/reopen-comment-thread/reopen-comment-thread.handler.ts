import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { COMMENT_EXECUTOR } from '../../comment-tokens';
import { changeThreadStatus } from '../change-thread-status';
import { ReopenCommentThreadCommand } from './reopen-comment-thread.command';

/** The use case: Reopen a resolved comment thread (its author, the process's owner, admins). */
@CommandHandler(ReopenCommentThreadCommand)
export class ReopenCommentThreadHandler implements ICommandHandler<ReopenCommentThreadCommand> {
  constructor(
    @Inject(COMMENT_EXECUTOR) readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Inject(READ_MODEL_QUERIES) readonly queries: ReadModelQueries,
  ) {}

  execute({ threadId, options }: ReopenCommentThreadCommand): Promise<ExecutionResult> {
    return changeThreadStatus(this, 'ReopenCommentThread', threadId, options);
  }
}
