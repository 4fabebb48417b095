import { Inject, Injectable } from '@nestjs/common';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../../../infrastructure/config/api-config';
import type { Logger } from '../../../infrastructure/logging/logger';
import { PeriodicSweep } from '../../../infrastructure/scheduling/periodic-sweep';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../../../infrastructure/tokens';
import { PROPOSAL_USE_CASES } from '../proposals.di-tokens';

/**
 * What the proposals' process managers share: they read the proposal board, act through the
 * proposals' use cases with the injected clock, and sweep on the overdue sweep's interval
 * (SAMSYN_OVERDUE_SWEEP_MS).
 */
@Injectable()
export abstract class ProposalSweep<Outcome> extends PeriodicSweep<Outcome> {
  constructor(
    @Inject(PROPOSAL_USE_CASES) protected readonly proposals: ProposalUseCases,
    @Inject(READ_MODEL_QUERIES) protected readonly queries: ReadModelQueries,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(API_CONFIG) protected readonly config: ApiConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected get intervalMs(): number {
    return this.config.overdueSweepIntervalMs;
  }
}
