import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';

/** Resolve or reopen a thread: one use case, the same who-may rule (docs/comments.md). */
export class ChangeCommentThreadStatusCommand extends Command<ExecutionResult> {
  constructor(
    readonly threadId: string,
    readonly action: 'resolve' | 'reopen',
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
