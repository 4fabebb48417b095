import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RegisterStakeholderRequestDto } from './register-stakeholder.request.dto';

export class RegisterStakeholderCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: RegisterStakeholderRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
