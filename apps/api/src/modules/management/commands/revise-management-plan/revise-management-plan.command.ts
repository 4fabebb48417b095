import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { ReviseManagementPlanRequestDto } from './revise-management-plan.request.dto';

export class ReviseManagementPlanCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly year: string,
    readonly data: ReviseManagementPlanRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
