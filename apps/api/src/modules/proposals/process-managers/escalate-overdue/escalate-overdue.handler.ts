import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, ProposalView, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { EscalateOverdueCommand } from './escalate-overdue.command';

@CommandHandler(EscalateOverdueCommand)
export class EscalateOverdueHandler implements ICommandHandler<EscalateOverdueCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: EscalateOverdueCommand): Promise<ExecutionResult<ProposalView>> {
    return this.app.escalateOverdue(c.id, c.options);
  }
}
