import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { StreamStates } from '@samsyn/application/stream-states';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import { REVIEW_CYCLE_EXECUTOR } from '../../process-review-tokens';
import { runOnReviewCycle } from '../run-on-review-cycle';
import { SetReviewCycleCommand } from './set-review-cycle.command';

/** The use case: the process's owner (read from its stream at decision time) or an admin sets interval and owner. */
@CommandHandler(SetReviewCycleCommand)
export class SetReviewCycleHandler implements ICommandHandler<SetReviewCycleCommand> {
  private readonly states: StreamStates;

  constructor(
    @Inject(REVIEW_CYCLE_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    this.states = new StreamStates(store);
  }

  execute({ processId, data, options }: SetReviewCycleCommand): Promise<ExecutionResult> {
    return runOnReviewCycle(this.executor, processId, async (_state, context) => {
      const process = await this.states.process(processId);
      return {
        type: 'SetReviewCycle',
        data: { processId, intervalMonths: data.intervalMonths, owner: data.owner, process: { exists: process.exists, owner: process.owner } },
        context,
      };
    }, options);
  }
}
