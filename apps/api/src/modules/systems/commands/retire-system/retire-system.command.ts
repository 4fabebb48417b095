import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { RetireSystemRequestDto } from './retire-system.request.dto';

export class RetireSystemCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: RetireSystemRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
