import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { DefineTermCommand } from './define-term.command';

@CommandHandler(DefineTermCommand)
export class DefineTermHandler implements ICommandHandler<DefineTermCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: DefineTermCommand): Promise<ExecutionResult> {
    return this.app.defineTerm({ ...c.data }, c.options);
  }
}
