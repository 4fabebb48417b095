import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { DraftManagementPlanRequestDto } from './draft-management-plan.request.dto';

export class DraftManagementPlanCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly year: string,
    readonly data: DraftManagementPlanRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
