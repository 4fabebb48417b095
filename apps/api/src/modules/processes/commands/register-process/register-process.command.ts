import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RegisterProcessRequestDto } from './register-process.request.dto';

export class RegisterProcessCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: RegisterProcessRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
