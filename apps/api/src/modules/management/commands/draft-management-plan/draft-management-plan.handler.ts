import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { toPlanContent } from '../management-dtos';
import { runOnPlan } from '../run-on-stream';
import { DraftManagementPlanCommand } from './draft-management-plan.command';

/** The use case: the object (who its managers are, which body) read from its stream, then the draft decided on. */
@CommandHandler(DraftManagementPlanCommand)
export class DraftManagementPlanHandler implements ICommandHandler<DraftManagementPlanCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, year, data, options }: DraftManagementPlanCommand): Promise<ExecutionResult> {
    return runOnPlan(this.executor, id, year, async (_state, context, y) => ({
      type: 'DraftManagementPlan' as const,
      data: { object: id, year: y, content: toPlanContent(data) },
      refs: { managementObject: await this.streams.managementObject(id) },
      context,
    }), options);
  }
}
