import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import type { SubmitProposalRequestDto } from './submit-proposal.request.dto';

export class SubmitProposalCommand extends Command<ExecutionResult<ProposalView>> {
  constructor(
    readonly id: string,
    readonly data: SubmitProposalRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
