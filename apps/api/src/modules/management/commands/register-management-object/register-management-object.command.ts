import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { RegisterManagementObjectRequestDto } from './register-management-object.request.dto';

export class RegisterManagementObjectCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: RegisterManagementObjectRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
