import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, ProposalView, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { DecideProposalCommand } from './decide-proposal.command';

@CommandHandler(DecideProposalCommand)
export class DecideProposalHandler implements ICommandHandler<DecideProposalCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: DecideProposalCommand): Promise<ExecutionResult<ProposalView>> {
    return this.app.decideProposal(c.id, { ...c.data }, c.options);
  }
}
