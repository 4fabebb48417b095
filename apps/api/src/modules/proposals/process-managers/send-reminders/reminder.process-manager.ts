import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DueReminder } from '@samsyn/projections/my-work/due-reminders';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import type { Logger } from '../../../../infrastructure/logging/logger';
import { runPeriodically, sharedPass } from '../../../../infrastructure/scheduling/periodic';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../../../../infrastructure/tokens';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';
import { SendReminderCommand } from './send-reminder.command';

export interface ReminderSweepOutcome {
  sent: string[];
  refused: { id: string; code: string }[];
}

const describe = (r: DueReminder): string =>
  r.kind === 'review' ? `${r.proposalId}:review:${r.stakeholder}` : `${r.proposalId}:hold:${r.body}`;

/**
 * Beside the escalation sweep: before a review deadline escalates a proposal, the reviewers still
 * missing are reminded; a body holding a proposal long is reminded. It sweeps "my work" with the
 * injected clock and sends each due reminder as a command; the reminder stream keeps each to once,
 * whatever restarts or other servers do. The e-mail notifier mails the events.
 */
@Injectable()
export class ReminderProcessManager implements OnApplicationBootstrap, OnModuleDestroy {
  private stop: () => void = () => undefined;
  private readonly settings: ReminderSettings;

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.settings = config.reminders ?? DEFAULT_REMINDER_SETTINGS;
  }

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(this.settings.sweepIntervalMs, () => this.sweep(), this.logger, 'reminder sweep');
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass; concurrent calls share the pass in flight. */
  readonly sweep: () => Promise<ReminderSweepOutcome> = sharedPass(() => this.sweepOnce());

  private async sweepOnce(): Promise<ReminderSweepOutcome> {
    const now = this.clock.now();
    const outcome: ReminderSweepOutcome = { sent: [], refused: [] };
    const due = await this.queries.dueReminders(now, { reviewLeadMs: this.settings.reviewLeadMs, bodyHoldMs: this.settings.bodyHoldMs });
    for (const reminder of due) {
      const id = describe(reminder);
      try {
        const result = await this.commandBus.execute(new SendReminderCommand(reminder, { now, correlationId: `reminder-sweep:${now}`, causationId: null }));
        await this.queries.waitForPosition(result.position, this.config.readYourWritesTimeoutMs);
        outcome.sent.push(id);
        this.logger.info({ reminder: id, now }, 'sent a reminder');
      } catch (e) {
        // The read model may lag the store (or another server sent it): the reminder stream's refusal is the last word.
        const code = (e as { code?: unknown }).code;
        if (typeof code !== 'string') throw e;
        outcome.refused.push({ id, code });
      }
    }
    return outcome;
  }
}
