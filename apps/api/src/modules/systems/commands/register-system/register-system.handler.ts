import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RegisterSystemCommand } from './register-system.command';

@CommandHandler(RegisterSystemCommand)
export class RegisterSystemHandler implements ICommandHandler<RegisterSystemCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RegisterSystemCommand): Promise<ExecutionResult> {
    return this.app.registerSystem({ ...c.data }, c.options);
  }
}
