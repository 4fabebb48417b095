import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import type { DecideProposalRequestDto } from './decide-proposal.request.dto';

export class DecideProposalCommand extends Command<ExecutionResult<ProposalView>> {
  constructor(
    readonly id: string,
    readonly data: DecideProposalRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
