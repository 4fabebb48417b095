import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { SetBodyMembersCommand } from './set-body-members.command';

@CommandHandler(SetBodyMembersCommand)
export class SetBodyMembersHandler implements ICommandHandler<SetBodyMembersCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  execute(c: SetBodyMembersCommand): Promise<ExecutionResult> {
    return this.app.setBodyMembers(c.id, { ...c.data }, c.options);
  }
}
