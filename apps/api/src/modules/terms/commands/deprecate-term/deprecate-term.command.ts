import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { DeprecateTermRequestDto } from './deprecate-term.request.dto';

export class DeprecateTermCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: DeprecateTermRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
