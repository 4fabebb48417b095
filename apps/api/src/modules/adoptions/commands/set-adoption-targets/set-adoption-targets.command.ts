import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { SetAdoptionTargetsRequestDto } from './set-adoption-targets.request.dto';

export class SetAdoptionTargetsCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: SetAdoptionTargetsRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
