import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { COMMENT_EXECUTOR } from '../../comment-tokens';
import { changeThreadStatus } from '../change-thread-status';
import { ResolveCommentThreadCommand } from './resolve-comment-thread.command';

/** The use case: Resolve a comment thread (its author, the process's owner, admins): no replies or edits until reopened. */
@CommandHandler(ResolveCommentThreadCommand)
export class ResolveCommentThreadHandler implements ICommandHandler<ResolveCommentThreadCommand> {
  constructor(
    @Inject(COMMENT_EXECUTOR) readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Inject(READ_MODEL_QUERIES) readonly queries: ReadModelQueries,
  ) {}

  execute({ threadId, options }: ResolveCommentThreadCommand): Promise<ExecutionResult> {
    return changeThreadStatus(this, 'ResolveCommentThread', threadId, options);
  }
}
