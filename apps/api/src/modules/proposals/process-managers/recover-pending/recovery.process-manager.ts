import { Injectable } from '@nestjs/common';
import { ProposalSweep } from '../proposal-sweep';

const PENDING_STATUSES = ['accepted', 'approved'] as const;

/**
 * Recovery. Settlement (proposals/settlement.ts of @samsyn/application) normally runs in the
 * request that accepted or approved a proposal. If that request died (or the store failed)
 * between its steps, the proposal waits in `accepted` / `approved`; this process manager finds
 * it on the proposal board and settles it (recover-pending.service.ts) — on start-up and then on
 * the overdue sweep's interval. Settlement is idempotent, so two servers sweeping at once do no harm.
 */
@Injectable()
export class RecoveryProcessManager extends ProposalSweep<string[]> {
  protected readonly name = 'recovery sweep';

  protected async pass(): Promise<string[]> {
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
