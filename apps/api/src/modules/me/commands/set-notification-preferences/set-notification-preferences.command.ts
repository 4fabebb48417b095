import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { SetNotificationPreferencesRequestDto } from './set-notification-preferences.request.dto';

export class SetNotificationPreferencesCommand extends Command<ExecutionResult> {
  constructor(
    readonly data: SetNotificationPreferencesRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
