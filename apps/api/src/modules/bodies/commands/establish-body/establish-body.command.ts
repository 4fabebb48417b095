import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { EstablishBodyRequestDto } from './establish-body.request.dto';

export class EstablishBodyCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: EstablishBodyRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
