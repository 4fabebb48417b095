import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RecordAdoptionRequestDto } from './record-adoption.request.dto';

export class RecordAdoptionCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: RecordAdoptionRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
