import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RenameStakeholderRequestDto } from './rename-stakeholder.request.dto';

export class RenameStakeholderCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: RenameStakeholderRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
