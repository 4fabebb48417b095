import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { DeprecateTermCommand } from './deprecate-term.command';

@CommandHandler(DeprecateTermCommand)
export class DeprecateTermHandler implements ICommandHandler<DeprecateTermCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: DeprecateTermCommand): Promise<ExecutionResult> {
    return this.app.deprecateTerm(c.id, { ...c.data }, c.options);
  }
}
