import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { RecordMinutesRequestDto } from './record-minutes.request.dto';

export class RecordMinutesCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: RecordMinutesRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
