import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, ProposalView, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { ReviewProposalCommand } from './review-proposal.command';

@CommandHandler(ReviewProposalCommand)
export class ReviewProposalHandler implements ICommandHandler<ReviewProposalCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: ReviewProposalCommand): Promise<ExecutionResult<ProposalView>> {
    return this.app.reviewProposal(c.id, { ...c.data }, c.options);
  }
}
