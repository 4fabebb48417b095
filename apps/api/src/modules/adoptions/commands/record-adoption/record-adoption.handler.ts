import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RecordAdoptionCommand } from './record-adoption.command';

@CommandHandler(RecordAdoptionCommand)
export class RecordAdoptionHandler implements ICommandHandler<RecordAdoptionCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RecordAdoptionCommand): Promise<ExecutionResult> {
    return this.app.recordAdoption(c.id, { ...c.data }, c.options);
  }
}
