import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { RetireStakeholderCommand } from './retire-stakeholder.command';

@CommandHandler(RetireStakeholderCommand)
export class RetireStakeholderHandler implements ICommandHandler<RetireStakeholderCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: RetireStakeholderCommand): Promise<ExecutionResult> {
    return this.app.retireStakeholder(c.id, { ...c.data }, c.options);
  }
}
