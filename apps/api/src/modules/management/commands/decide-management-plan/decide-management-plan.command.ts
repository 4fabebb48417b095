import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { DecideManagementPlanRequestDto } from './decide-management-plan.request.dto';

export class DecideManagementPlanCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly year: string,
    readonly data: DecideManagementPlanRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
