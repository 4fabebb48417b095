import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { REVIEW_CYCLE_EXECUTOR } from '../../process-review-tokens';
import { runOnReviewCycle } from '../run-on-review-cycle';
import { RecordProcessReviewCommand } from './record-process-review.command';

/** The use case: the review owner records "reviewed, no change" with a comment; the cycle starts again from today. */
@CommandHandler(RecordProcessReviewCommand)
export class RecordProcessReviewHandler implements ICommandHandler<RecordProcessReviewCommand> {
  constructor(@Inject(REVIEW_CYCLE_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ processId, comment, options }: RecordProcessReviewCommand): Promise<ExecutionResult> {
    return runOnReviewCycle(this.executor, processId, (_state, context) => ({ type: 'RecordReviewedNoChange', data: { processId, comment }, context }), options);
  }
}
