import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';

export class ReopenCommentThreadCommand extends Command<ExecutionResult> {
  constructor(
    readonly threadId: string,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
