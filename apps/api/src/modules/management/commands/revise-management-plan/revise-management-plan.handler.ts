import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { toPlanContent } from '../management-dtos';
import { runOnPlan } from '../run-on-stream';
import { ReviseManagementPlanCommand } from './revise-management-plan.command';

/** The use case: a decided plan's next revision, by one of the object's managers. */
@CommandHandler(ReviseManagementPlanCommand)
export class ReviseManagementPlanHandler implements ICommandHandler<ReviseManagementPlanCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, year, data, options }: ReviseManagementPlanCommand): Promise<ExecutionResult> {
    return runOnPlan(this.executor, id, year, async (_state, context, y) => ({
      type: 'ReviseManagementPlan' as const,
      data: { object: id, year: y, content: toPlanContent(data) },
      refs: { managementObject: await this.streams.managementObject(id) },
      context,
    }), options);
  }
}
