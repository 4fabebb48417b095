import { SYSTEM_PRINCIPAL } from '@samsyn/domain';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** Recovery, as the system principal: settles a proposal a request left accepted or approved
 * (it died, or the store failed, between the acceptance and the settlement). Settlement is
 * idempotent, so this only finishes what is left; a no-op for any other status. */
export const recoverPending =
  ({ proposals }: WriteSide): ProposalUseCases['recoverPending'] =>
  async (id, options) =>
    proposals.answer(await proposals.settlement.latest(id), { ...options, principal: SYSTEM_PRINCIPAL });
