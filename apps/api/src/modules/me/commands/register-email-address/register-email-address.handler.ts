import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RegisterEmailAddressCommand } from './register-email-address.command';

@CommandHandler(RegisterEmailAddressCommand)
export class RegisterEmailAddressHandler implements ICommandHandler<RegisterEmailAddressCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RegisterEmailAddressCommand): Promise<ExecutionResult> {
    return this.app.registerEmailAddress(c.principal, { address: c.data.address }, c.options);
  }
}
