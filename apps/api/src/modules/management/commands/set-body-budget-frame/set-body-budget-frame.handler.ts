import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { bodyStream, governanceBodyDecider } from '@samsyn/domain';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { bodyResource } from '../resources';
import { runOnStream } from '../run-on-stream';
import { SetBodyBudgetFrameCommand } from './set-body-budget-frame.command';

/** The use case: a body's budget mandate, on the body's own stream. */
@CommandHandler(SetBodyBudgetFrameCommand)
export class SetBodyBudgetFrameHandler implements ICommandHandler<SetBodyBudgetFrameCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, data, options }: SetBodyBudgetFrameCommand): Promise<ExecutionResult> {
    return runOnStream(this.executor, bodyStream(id), governanceBodyDecider, (_state, context) => ({
      type: 'SetGovernanceBodyBudgetFrame' as const,
      data: { id, budgetFrame: data.budgetFrame },
      context,
    }), options, bodyResource);
  }
}
