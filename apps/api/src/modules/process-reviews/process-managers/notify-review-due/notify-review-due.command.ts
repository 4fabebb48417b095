import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';

export class NotifyReviewDueCommand extends Command<ExecutionResult> {
  constructor(
    readonly processId: string,
    readonly dueOn: string,
    readonly options: Omit<ExecutionOptions, 'principal'>,
  ) {
    super();
  }
}
