import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../config/api-config';
import type { Logger } from '../logging/logger';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../tokens';
import { PeriodicSweep } from './periodic-sweep';

/** What a sweep did: the occasions it acted on, and those the domain refused (with the code). */
export interface SweepOutcome {
  done: string[];
  refused: { id: string; code: string }[];
}

/**
 * A process manager that sweeps a read model with the injected clock and sends a command per
 * occasion found (the reminders, the review-due notices), on the interval the subclass names. The read model may lag the store (or another server acted first):
 * a refusal of the domain is the last word and is counted, not thrown.
 */
@Injectable()
export abstract class CommandSweep extends PeriodicSweep<SweepOutcome> {
  constructor(
    protected readonly commandBus: CommandBus,
    @Inject(READ_MODEL_QUERIES) protected readonly queries: ReadModelQueries,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(API_CONFIG) protected readonly config: ApiConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected async pass(): Promise<SweepOutcome> {
    const outcome: SweepOutcome = { done: [], refused: [] };
    await this.sweepOnce(this.clock.now(), (id, run) => this.attempt(id, run, outcome));
    return outcome;
  }

  /** Finds the occasions due at `now` and hands each to `act`. */
  protected abstract sweepOnce(now: string, act: (id: string, run: () => Promise<{ position: bigint }>) => Promise<void>): Promise<void>;

  private async attempt(id: string, run: () => Promise<{ position: bigint }>, outcome: SweepOutcome): Promise<void> {
    try {
      const result = await run();
      await this.queries.waitForPosition(result.position, this.config.readYourWritesTimeoutMs);
      outcome.done.push(id);
      this.logger.info({ occasion: id }, `${this.name}: sent`);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code !== 'string') throw e;
      outcome.refused.push({ id, code });
    }
  }
}
