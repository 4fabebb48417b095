import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RetireSystemCommand } from './retire-system.command';

@CommandHandler(RetireSystemCommand)
export class RetireSystemHandler implements ICommandHandler<RetireSystemCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RetireSystemCommand): Promise<ExecutionResult> {
    return this.app.retireSystem(c.id, { ...c.data }, c.options);
  }
}
