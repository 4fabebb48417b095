import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import { SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { SetNotificationPreferencesCommand } from './set-notification-preferences.command';

@CommandHandler(SetNotificationPreferencesCommand)
export class SetNotificationPreferencesHandler implements ICommandHandler<SetNotificationPreferencesCommand> {
  constructor(@Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands) {}

  // The principal is always the caller: preferences are set by the principal itself.
  execute(c: SetNotificationPreferencesCommand): Promise<ExecutionResult> {
    return this.app.setNotificationPreferences(c.options.principal.id, { kinds: c.data.kinds, email: c.data.email, language: c.data.language }, c.options);
  }
}
