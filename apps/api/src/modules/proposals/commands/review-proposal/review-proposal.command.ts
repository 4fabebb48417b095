import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import type { ReviewProposalRequestDto } from './review-proposal.request.dto';

export class ReviewProposalCommand extends Command<ExecutionResult<ProposalView>> {
  constructor(
    readonly id: string,
    readonly data: ReviewProposalRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
