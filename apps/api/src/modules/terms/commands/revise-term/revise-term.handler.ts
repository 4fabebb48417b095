import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { ReviseTermCommand } from './revise-term.command';

@CommandHandler(ReviseTermCommand)
export class ReviseTermHandler implements ICommandHandler<ReviseTermCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: ReviseTermCommand): Promise<ExecutionResult> {
    return this.app.reviseTerm(c.id, { ...c.data }, c.options);
  }
}
