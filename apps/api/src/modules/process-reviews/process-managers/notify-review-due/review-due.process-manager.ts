import { Injectable } from '@nestjs/common';
import { CommandSweep } from '../../../../infrastructure/scheduling/command-sweep';
import { DEFAULT_REMINDER_SETTINGS } from '../../../proposals/process-managers/send-reminders/reminder-settings';
import { NotifyReviewDueCommand } from './notify-review-due.command';

/**
 * When a process's review falls due, its owner is told (ProcessReviewDue: e-mail by the notifier, a
 * task in "my work"). Sweeps the process-reviews read model with the injected clock, on the
 * reminder sweep's interval; the stream refuses a second notice of the same due day.
 */
@Injectable()
export class ReviewDueProcessManager extends CommandSweep {
  protected readonly name = 'review-due sweep';
  protected get intervalMs(): number {
    return (this.config.reminders ?? DEFAULT_REMINDER_SETTINGS).sweepIntervalMs;
  }

  protected async sweepOnce(now: string, act: (id: string, run: () => Promise<{ position: bigint }>) => Promise<void>): Promise<void> {
    for (const { processId, dueOn } of await this.queries.reviewsToNotify(now.slice(0, 10))) {
      await act(`${processId}@${dueOn}`, () => this.commandBus.execute(new NotifyReviewDueCommand(processId, dueOn, { now, correlationId: `review-due-sweep:${now}`, causationId: null })));
    }
  }
}
