import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RegisterStakeholderCommand } from './register-stakeholder.command';

@CommandHandler(RegisterStakeholderCommand)
export class RegisterStakeholderHandler implements ICommandHandler<RegisterStakeholderCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RegisterStakeholderCommand): Promise<ExecutionResult> {
    return this.app.registerStakeholder({ ...c.data }, c.options);
  }
}
