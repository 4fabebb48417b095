import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { ErrorCodes, refuse } from '@samsyn/domain/shared';
import type { EventStore } from '@samsyn/event-store';
import { subjectKey } from '@samsyn/projections/comments/comments.projection';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { COMMENT_EXECUTOR } from '../../comment-tokens';
import { readCommentAccess, type CommentTarget } from '../comment-access';
import { runOnThread } from '../run-on-thread';
import { PostCommentCommand } from './post-comment.command';

const described = (t: CommentTarget): string =>
  t.kind === 'proposal' ? `proposal ${t.proposalId}` : t.kind === 'step' ? `step ${t.stepId} of process ${t.processId}` : `process ${t.processId}`;

/** The use case: a new thread on a process, a step or a proposal, or a reply in one of its threads. */
@CommandHandler(PostCommentCommand)
export class PostCommentHandler implements ICommandHandler<PostCommentCommand> {
  constructor(
    @Inject(COMMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute({ target, data, options }: PostCommentCommand): Promise<ExecutionResult> {
    if (data.thread !== undefined && data.id !== undefined) refuse(ErrorCodes.INVALID_INPUT, 'give `thread` to reply or `id` for a new thread, not both', { field: 'id' });
    const threadId = data.thread ?? data.id ?? randomUUID();
    // Read inside the build: a conflicting append re-runs it, so the access is read again too.
    return runOnThread(this.executor, threadId, async (state, context) => {
      const { access, subject } = await readCommentAccess(this.store, this.queries, target, data.text);
      if (subject === null) refuse(ErrorCodes.NOT_FOUND, `${described(target)} does not exist`);
      if (data.thread === undefined) return { type: 'StartCommentThread', data: { threadId, subject, text: data.text, access }, context };
      // A reply names a thread of this subject's comments (a process's include its steps').
      if (state.subject !== null && subjectKey(state.subject) !== subjectKey(subject!)) refuse(ErrorCodes.NOT_FOUND, `comment thread ${threadId} is not on ${described(target)}`);
      return { type: 'ReplyToCommentThread', data: { threadId, text: data.text, access }, context };
    }, options);
  }
}
