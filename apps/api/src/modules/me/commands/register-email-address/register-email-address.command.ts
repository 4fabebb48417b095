import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RegisterEmailAddressRequestDto } from './register-email-address.request.dto';

export class RegisterEmailAddressCommand extends Command<ExecutionResult> {
  constructor(
    readonly principal: string,
    readonly data: RegisterEmailAddressRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
