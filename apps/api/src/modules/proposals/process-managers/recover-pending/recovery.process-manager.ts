import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import type { Logger } from '../../../../infrastructure/logging/logger';
import { runPeriodically, sharedPass } from '../../../../infrastructure/scheduling/periodic';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../../../../infrastructure/tokens';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';

const PENDING_STATUSES = ['accepted', 'approved'] as const;

/**
 * Recovery. Settlement (proposals/settlement.ts of @samsyn/application) normally runs in the
 * request that accepted or approved a proposal. If that request died (or the store failed)
 * between its steps, the proposal waits in `accepted` / `approved`; this process manager finds
 * it on the proposal board and settles it (recover-pending.service.ts) — on start-up and then on
 * the overdue sweep's interval. Settlement is idempotent, so two servers sweeping at once do no harm.
 */
@Injectable()
export class RecoveryProcessManager implements OnApplicationBootstrap, OnModuleDestroy {
  private stop: () => void = () => undefined;

  constructor(
    @Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(this.config.overdueSweepIntervalMs, () => this.sweep(), this.logger, 'recovery sweep');
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass; answers the ids it recovered. Concurrent calls share the pass in flight. */
  readonly sweep: () => Promise<string[]> = sharedPass(() => this.sweepOnce());

  private async sweepOnce(): Promise<string[]> {
    const recovered: string[] = [];
    const now = this.clock.now();
    for (const status of PENDING_STATUSES) {
      for (const p of (await this.queries.proposals({ status })) as { id: string }[]) {
        const result = await this.proposals.recoverPending(p.id, { now, correlationId: `recovery-sweep:${now}`, causationId: null });
        // The next sweep reads the board: let it see this settlement first.
        await this.queries.waitForPosition(result.position, this.config.readYourWritesTimeoutMs);
        recovered.push(p.id);
        this.logger.info({ proposal: p.id, status: result.resource.status }, 'recovered a pending proposal');
      }
    }
    return recovered;
  }
}
