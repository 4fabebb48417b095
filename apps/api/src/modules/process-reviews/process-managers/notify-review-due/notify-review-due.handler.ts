import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { SYSTEM_PRINCIPAL } from '@samsyn/domain';
import { REVIEW_CYCLE_EXECUTOR } from '../../process-review-tokens';
import { runOnReviewCycle } from '../../commands/run-on-review-cycle';
import { NotifyReviewDueCommand } from './notify-review-due.command';

/** The use case: Samsyn tells the review owner that the review fell due; the stream keeps it to once per due day. */
@CommandHandler(NotifyReviewDueCommand)
export class NotifyReviewDueHandler implements ICommandHandler<NotifyReviewDueCommand> {
  constructor(@Inject(REVIEW_CYCLE_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ processId, dueOn, options }: NotifyReviewDueCommand): Promise<ExecutionResult> {
    return runOnReviewCycle(this.executor, processId, (_state, context) => ({ type: 'NotifyReviewDue', data: { processId, dueOn }, context }), { ...options, principal: SYSTEM_PRINCIPAL });
  }
}
