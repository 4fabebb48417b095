import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import type { WithdrawProposalRequestDto } from './withdraw-proposal.request.dto';

export class WithdrawProposalCommand extends Command<ExecutionResult<ProposalView>> {
  constructor(
    readonly id: string,
    readonly data: WithdrawProposalRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
