import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import type { AmendProposalRequestDto } from './amend-proposal.request.dto';

export class AmendProposalCommand extends Command<ExecutionResult<ProposalView>> {
  constructor(
    readonly id: string,
    readonly data: AmendProposalRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
