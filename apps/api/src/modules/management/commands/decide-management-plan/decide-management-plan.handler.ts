import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { runOnPlan } from '../run-on-stream';
import { DecideManagementPlanCommand } from './decide-management-plan.command';

/** The use case: the body that holds the plan (its members, its frame, its parent) read from its stream, then the decision decided on. */
@CommandHandler(DecideManagementPlanCommand)
export class DecideManagementPlanHandler implements ICommandHandler<DecideManagementPlanCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, year, data, options }: DecideManagementPlanCommand): Promise<ExecutionResult> {
    return runOnPlan(this.executor, id, year, async (state, context, y) => ({
      type: 'DecideManagementPlan' as const,
      data: { object: id, year: y, revision: data.revision, outcome: data.outcome, motivation: data.motivation },
      refs: { body: await this.streams.body(state.heldBy || '-') },
      context,
    }), options);
  }
}
