import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../../../infrastructure/config/api-config';
import type { Logger } from '../../../infrastructure/logging/logger';
import { runPeriodically, sharedPass } from '../../../infrastructure/scheduling/periodic';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../../../infrastructure/tokens';
import { PROPOSAL_USE_CASES } from '../proposals.di-tokens';

/**
 * What the proposals' process managers share: they read the proposal board, act through the
 * proposals' use cases with the injected clock, and sweep on the overdue sweep's interval from
 * start-up to shutdown (SAMSYN_OVERDUE_SWEEP_MS; 0: only when asked, as the tests do).
 */
@Injectable()
export abstract class ProposalSweep<Outcome> implements OnApplicationBootstrap, OnModuleDestroy {
  /** In the log when a pass fails. */
  protected abstract readonly name: string;
  private stop: () => void = () => undefined;

  constructor(
    @Inject(PROPOSAL_USE_CASES) protected readonly proposals: ProposalUseCases,
    @Inject(READ_MODEL_QUERIES) protected readonly queries: ReadModelQueries,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(API_CONFIG) protected readonly config: ApiConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(this.config.overdueSweepIntervalMs, () => this.sweep(), this.logger, this.name);
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass; concurrent calls share the pass in flight. */
  readonly sweep: () => Promise<Outcome> = sharedPass(() => this.sweepOnce());

  protected abstract sweepOnce(): Promise<Outcome>;
}
