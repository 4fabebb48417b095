import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { COMMENT_EXECUTOR } from '../../comment-tokens';
import { readThreadAccess } from '../comment-access';
import { runOnThread } from '../run-on-thread';
import { EditCommentCommand } from './edit-comment.command';

/** The use case: the author's new text; the old one stays in the thread's history. */
@CommandHandler(EditCommentCommand)
export class EditCommentHandler implements ICommandHandler<EditCommentCommand> {
  constructor(
    @Inject(COMMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute({ threadId, commentId, text, options }: EditCommentCommand): Promise<ExecutionResult> {
    return runOnThread(this.executor, threadId, async (state, context) => ({
      type: 'EditComment',
      data: { threadId, commentId, text, access: await readThreadAccess(this.store, this.queries, state.subject, text) },
      context,
    }), options);
  }
}
