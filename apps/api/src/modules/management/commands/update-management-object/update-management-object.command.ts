import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { UpdateManagementObjectRequestDto } from './update-management-object.request.dto';

export class UpdateManagementObjectCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: UpdateManagementObjectRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
