import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { MapSynonymCommand } from './map-synonym.command';

@CommandHandler(MapSynonymCommand)
export class MapSynonymHandler implements ICommandHandler<MapSynonymCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: MapSynonymCommand): Promise<ExecutionResult> {
    return this.app.mapSynonym(c.id, { ...c.data }, c.options);
  }
}
