import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RetireStakeholderRequestDto } from './retire-stakeholder.request.dto';

export class RetireStakeholderCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: RetireStakeholderRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
