import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { FollowUpManagementPlanRequestDto } from './follow-up-management-plan.request.dto';

export class FollowUpManagementPlanCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly year: string,
    readonly data: FollowUpManagementPlanRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
