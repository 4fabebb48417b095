import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import type { Logger } from '../../../../infrastructure/logging/logger';
import { runPeriodically, sharedPass } from '../../../../infrastructure/scheduling/periodic';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../../../../infrastructure/tokens';
import { SettlePendingCommand } from './settle-pending.command';

const PENDING_STATUSES = ['accepted', 'approved'] as const;

/**
 * Applying an accepted or approved proposal normally happens in the request that accepted it. If
 * that request died (or the store failed) between its steps, the proposal waits in `accepted` /
 * `approved`; this process manager finishes it — on start-up and then on the overdue sweep's
 * interval. Settling is idempotent, so two servers sweeping at once do no harm.
 */
@Injectable()
export class PendingSettlementProcessManager implements OnApplicationBootstrap, OnModuleDestroy {
  private stop: () => void = () => undefined;

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(this.config.overdueSweepIntervalMs, () => this.sweep(), this.logger, 'settling sweep');
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass; answers the ids it settled. Concurrent calls share the pass in flight. */
  readonly sweep: () => Promise<string[]> = sharedPass(() => this.sweepOnce());

  private async sweepOnce(): Promise<string[]> {
    const settled: string[] = [];
    const now = this.clock.now();
    for (const status of PENDING_STATUSES) {
      for (const p of (await this.queries.proposals({ status })) as { id: string }[]) {
        const result = await this.commandBus.execute(new SettlePendingCommand(p.id, { now, correlationId: `settle-sweep:${now}`, causationId: null }));
        // The next sweep reads the board: let it see this settlement first.
        await this.queries.waitForPosition(result.position, this.config.readYourWritesTimeoutMs);
        settled.push(p.id);
        this.logger.info({ proposal: p.id, status: result.resource.status }, 'settled a pending proposal');
      }
    }
    return settled;
  }
}
