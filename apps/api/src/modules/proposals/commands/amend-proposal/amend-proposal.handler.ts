import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, ProposalView, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { AmendProposalCommand } from './amend-proposal.command';

@CommandHandler(AmendProposalCommand)
export class AmendProposalHandler implements ICommandHandler<AmendProposalCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: AmendProposalCommand): Promise<ExecutionResult<ProposalView>> {
    return this.app.amendProposal(c.id, { ...c.data }, c.options);
  }
}
