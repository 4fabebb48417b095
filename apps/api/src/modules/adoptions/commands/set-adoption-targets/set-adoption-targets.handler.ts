import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { SetAdoptionTargetsCommand } from './set-adoption-targets.command';

@CommandHandler(SetAdoptionTargetsCommand)
export class SetAdoptionTargetsHandler implements ICommandHandler<SetAdoptionTargetsCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: SetAdoptionTargetsCommand): Promise<ExecutionResult> {
    return this.app.setAdoptionTargets(c.id, { revision: c.data.revision, targets: { ...c.data.targets } }, c.options);
  }
}
