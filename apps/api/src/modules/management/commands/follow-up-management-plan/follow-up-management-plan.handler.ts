import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { runOnPlan } from '../run-on-stream';
import { FollowUpManagementPlanCommand } from './follow-up-management-plan.command';

/** The use case: a follow-up of the decided plan by one of the object's managers. */
@CommandHandler(FollowUpManagementPlanCommand)
export class FollowUpManagementPlanHandler implements ICommandHandler<FollowUpManagementPlanCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, year, data, options }: FollowUpManagementPlanCommand): Promise<ExecutionResult> {
    return runOnPlan(this.executor, id, year, async (_state, context, y) => ({
      type: 'RecordManagementPlanFollowUp' as const,
      data: { object: id, year: y, activities: data.activities.map((a) => ({ id: a.id, state: a.state as never })), budgetSpent: data.budgetSpent, note: data.note ?? null },
      refs: { managementObject: await this.streams.managementObject(id) },
      context,
    }), options);
  }
}
