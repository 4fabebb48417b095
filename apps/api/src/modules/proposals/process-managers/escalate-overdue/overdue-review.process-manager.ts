import { Injectable } from '@nestjs/common';
import { ProposalSweep } from '../proposal-sweep';
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
export class OverdueReviewProcessManager extends ProposalSweep<SweepOutcome> {
  protected readonly name = 'overdue sweep';

  protected async pass(): Promise<SweepOutcome> {
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
