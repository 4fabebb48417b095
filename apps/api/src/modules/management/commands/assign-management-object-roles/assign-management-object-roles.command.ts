import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { AssignManagementObjectRolesRequestDto } from './assign-management-object-roles.request.dto';

export class AssignManagementObjectRolesCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: AssignManagementObjectRolesRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
