import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { ReviseTermRequestDto } from './revise-term.request.dto';

export class ReviseTermCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: ReviseTermRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
