import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { MapSynonymRequestDto } from './map-synonym.request.dto';

export class MapSynonymCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: MapSynonymRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
