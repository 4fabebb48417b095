import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RenameStakeholderCommand } from './rename-stakeholder.command';

@CommandHandler(RenameStakeholderCommand)
export class RenameStakeholderHandler implements ICommandHandler<RenameStakeholderCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RenameStakeholderCommand): Promise<ExecutionResult> {
    return this.app.renameStakeholder(c.id, { ...c.data }, c.options);
  }
}
