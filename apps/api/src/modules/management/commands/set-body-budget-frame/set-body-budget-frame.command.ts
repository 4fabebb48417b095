import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { SetBodyBudgetFrameRequestDto } from './set-body-budget-frame.request.dto';

export class SetBodyBudgetFrameCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: SetBodyBudgetFrameRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
