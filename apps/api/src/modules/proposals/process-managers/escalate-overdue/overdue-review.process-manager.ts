import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import type { Logger } from '../../../../infrastructure/logging/logger';
import { runPeriodically, sharedPass } from '../../../../infrastructure/scheduling/periodic';
import { API_CONFIG, CLOCK, LOGGER, READ_MODEL_QUERIES, type Clock } from '../../../../infrastructure/tokens';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { overdueProposalIds } from './overdue-proposals';

export interface SweepOutcome {
  escalated: string[];
  refused: { id: string; code: string }[];
}

/**
 * The process manager of docs/product.md's rule 7: no person escalates an overdue proposal. It sweeps the
 * proposal board periodically (and on demand, for tests) with the injected clock, and sends each
 * overdue proposal to its use case (escalate-overdue.service.ts), which acts as the system principal.
 */
@Injectable()
export class OverdueReviewProcessManager implements OnApplicationBootstrap, OnModuleDestroy {
  private stop: () => void = () => undefined;

  constructor(
    @Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(this.config.overdueSweepIntervalMs, () => this.sweep(), this.logger, 'overdue sweep');
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass; concurrent calls share the pass in flight. */
  readonly sweep: () => Promise<SweepOutcome> = sharedPass(() => this.sweepOnce());

  private async sweepOnce(): Promise<SweepOutcome> {
    const now = this.clock.now();
    const outcome: SweepOutcome = { escalated: [], refused: [] };
    const board = await this.queries.proposals({ status: 'submitted' });
    for (const id of overdueProposalIds(board, now)) {
      try {
        const result = await this.proposals.escalateOverdue(id, { now, correlationId: `overdue-sweep:${now}`, causationId: null });
        await this.queries.waitForPosition(result.position, this.config.readYourWritesTimeoutMs);
        outcome.escalated.push(id);
        this.logger.info({ proposal: id, now }, 'escalated an overdue proposal');
      } catch (e) {
        // The board may lag the store: the domain's refusal (e.g. already escalated) is the last word.
        const code = (e as { code?: unknown }).code;
        if (typeof code !== 'string') throw e;
        outcome.refused.push({ id, code });
      }
    }
    return outcome;
  }
}
