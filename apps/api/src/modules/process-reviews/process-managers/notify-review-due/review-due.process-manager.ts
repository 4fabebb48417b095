import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import type { Logger } from '../../../../infrastructure/logging/logger';
import { runPeriodically, sharedPass } from '../../../../infrastructure/scheduling/periodic';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../../../../infrastructure/tokens';
import { DEFAULT_REMINDER_SETTINGS } from '../../../proposals/process-managers/send-reminders/reminder-settings';
import { NotifyReviewDueCommand } from './notify-review-due.command';

export interface ReviewDueSweepOutcome {
  notified: string[];
  refused: { id: string; code: string }[];
}

/**
 * When a process's review falls due, its owner is told (ProcessReviewDue: e-mail by the notifier, a
 * task in "my work"). Sweeps the process-reviews read model with the injected clock, on the
 * reminder sweep's interval; the stream refuses a second notice of the same due day.
 */
@Injectable()
export class ReviewDueProcessManager implements OnApplicationBootstrap, OnModuleDestroy {
  private stop: () => void = () => undefined;

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const interval = (this.config.reminders ?? DEFAULT_REMINDER_SETTINGS).sweepIntervalMs;
    this.stop = runPeriodically(interval, () => this.sweep(), this.logger, 'review-due sweep');
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass; concurrent calls share the pass in flight. */
  readonly sweep: () => Promise<ReviewDueSweepOutcome> = sharedPass(() => this.sweepOnce());

  private async sweepOnce(): Promise<ReviewDueSweepOutcome> {
    const now = this.clock.now();
    const outcome: ReviewDueSweepOutcome = { notified: [], refused: [] };
    for (const { processId, dueOn } of await this.queries.reviewsToNotify(now.slice(0, 10))) {
      const id = `${processId}@${dueOn}`;
      try {
        const result = await this.commandBus.execute(new NotifyReviewDueCommand(processId, dueOn, { now, correlationId: `review-due-sweep:${now}`, causationId: null }));
        await this.queries.waitForPosition(result.position, this.config.readYourWritesTimeoutMs);
        outcome.notified.push(id);
        this.logger.info({ process: processId, dueOn }, 'a process review fell due');
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (typeof code !== 'string') throw e;
        outcome.refused.push({ id, code });
      }
    }
    return outcome;
  }
}
