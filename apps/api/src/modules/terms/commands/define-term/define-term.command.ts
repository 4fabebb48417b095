import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { DefineTermRequestDto } from './define-term.request.dto';

export class DefineTermCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: DefineTermRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
