import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';

export class ReopenCommentThreadCommand extends Command<ExecutionResult> {
  constructor(
    readonly threadId: string,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
