import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';

export class SettlePendingCommand extends Command<ExecutionResult<ProposalView>> {
  constructor(
    readonly id: string,
    readonly options: Omit<ExecutionOptions, 'principal'>,
  ) {
    super();
  }
}
