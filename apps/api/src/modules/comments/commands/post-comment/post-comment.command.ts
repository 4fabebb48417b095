import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { CommentTarget } from '../comment-access';
import type { PostCommentRequestDto } from './post-comment.request.dto';

/** Start a thread on the target, or (with `thread`) reply in one of its threads. */
export class PostCommentCommand extends Command<ExecutionResult> {
  constructor(
    readonly target: CommentTarget,
    readonly data: PostCommentRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
