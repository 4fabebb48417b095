import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';

export class EditCommentCommand extends Command<ExecutionResult> {
  constructor(
    readonly threadId: string,
    readonly commentId: string,
    readonly text: string,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
