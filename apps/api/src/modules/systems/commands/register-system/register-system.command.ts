import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RegisterSystemRequestDto } from './register-system.request.dto';

export class RegisterSystemCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: RegisterSystemRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
