import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, ProposalView, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { SubmitProposalCommand } from './submit-proposal.command';

@CommandHandler(SubmitProposalCommand)
export class SubmitProposalHandler implements ICommandHandler<SubmitProposalCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: SubmitProposalCommand): Promise<ExecutionResult<ProposalView>> {
    return this.app.submitProposal(c.id, { ...c.data }, c.options);
  }
}
