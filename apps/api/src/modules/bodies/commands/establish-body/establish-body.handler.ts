import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { EstablishBodyCommand } from './establish-body.command';

@CommandHandler(EstablishBodyCommand)
export class EstablishBodyHandler implements ICommandHandler<EstablishBodyCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: EstablishBodyCommand): Promise<ExecutionResult> {
    return this.app.establishBody({ ...c.data }, c.options);
  }
}
