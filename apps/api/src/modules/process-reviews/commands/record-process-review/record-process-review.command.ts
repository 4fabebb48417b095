import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';

export class RecordProcessReviewCommand extends Command<ExecutionResult> {
  constructor(
    readonly processId: string,
    readonly comment: string,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
