import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { SetReviewCycleRequestDto } from './set-review-cycle.request.dto';

export class SetReviewCycleCommand extends Command<ExecutionResult> {
  constructor(
    readonly processId: string,
    readonly data: SetReviewCycleRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
