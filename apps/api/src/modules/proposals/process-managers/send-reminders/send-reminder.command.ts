import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { DueReminder } from '@samsyn/projections/my-work/due-reminders';

export class SendReminderCommand extends Command<ExecutionResult> {
  constructor(
    readonly reminder: DueReminder,
    readonly options: Omit<ExecutionOptions, 'principal'>,
  ) {
    super();
  }
}
