import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, ProposalView, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { SettlePendingCommand } from './settle-pending.command';

@CommandHandler(SettlePendingCommand)
export class SettlePendingHandler implements ICommandHandler<SettlePendingCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: SettlePendingCommand): Promise<ExecutionResult<ProposalView>> {
    return this.app.settlePending(c.id, c.options);
  }
}
