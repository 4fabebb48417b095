import { SYSTEM_PRINCIPAL, proposalStream } from '@samsyn/domain';
import { lastEventIdOf } from '@samsyn/application/causation';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** docs/product.md's rule 7, as the system principal: a proposal whose review deadline passed with
 * reviews missing escalates to its governing body. The domain decides with the `now` it is given. */
export const escalateOverdue =
  ({ proposals, states }: WriteSide): ProposalUseCases['escalateOverdue'] =>
  async (id, options) => {
    // Caused by the event that set the deadline which passed (the submission or last amendment).
    const cause = options.causationId ?? (await lastEventIdOf(states.store, proposalStream(id), ['ProposalSubmitted', 'ProposalAmended']));
    return proposals.write(id, (_s, context) => ({ type: 'EscalateOverdueProposal', data: { id }, context }), { ...options, principal: SYSTEM_PRINCIPAL, causationId: cause });
  };
