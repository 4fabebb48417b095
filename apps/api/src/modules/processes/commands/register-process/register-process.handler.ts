import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RegisterProcessCommand } from './register-process.command';

@CommandHandler(RegisterProcessCommand)
export class RegisterProcessHandler implements ICommandHandler<RegisterProcessCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RegisterProcessCommand): Promise<ExecutionResult> {
    return this.app.registerProcess({ ...c.data }, c.options);
  }
}
