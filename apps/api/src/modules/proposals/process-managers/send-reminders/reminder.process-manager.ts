import { Injectable } from '@nestjs/common';
import type { DueReminder } from '@samsyn/projections/my-work/due-reminders';
import { CommandSweep } from '../../../../infrastructure/scheduling/command-sweep';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-settings';
import { SendReminderCommand } from './send-reminder.command';

const occasion = (r: DueReminder): string => (r.kind === 'review' ? `${r.proposalId}:review:${r.stakeholder}` : `${r.proposalId}:hold:${r.body}`);

/**
 * Beside the escalation sweep: before a review deadline escalates a proposal, the reviewers still
 * missing are reminded; a body holding a proposal long is reminded. It sweeps "my work" with the
 * injected clock (SAMSYN_REMINDER_SWEEP_MS) and sends each due reminder as a command; the reminder
 * stream keeps each to once, whatever restarts or other servers do. The e-mail notifier mails the events.
 */
@Injectable()
export class ReminderProcessManager extends CommandSweep {
  protected readonly name = 'reminder sweep';
  private get settings() {
    return this.config.reminders ?? DEFAULT_REMINDER_SETTINGS;
  }
  protected get intervalMs(): number {
    return this.settings.sweepIntervalMs;
  }

  protected async sweepOnce(now: string, act: (id: string, run: () => Promise<{ position: bigint }>) => Promise<void>): Promise<void> {
    const { reviewLeadMs, bodyHoldMs } = this.settings;
    for (const r of await this.queries.dueReminders(now, { reviewLeadMs, bodyHoldMs })) {
      await act(occasion(r), () => this.commandBus.execute(new SendReminderCommand(r, { now, correlationId: `reminder-sweep:${now}`, causationId: null })));
    }
  }
}
