import { SYSTEM_PRINCIPAL, proposalStream } from '@samsyn/domain';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';
import type { EventStore } from '@samsyn/event-store';

/** docs/product.md's rule 7, as the system principal: a proposal whose review deadline passed with
 * reviews missing escalates to its governing body. The domain decides with the `now` it is given. */
export const escalateOverdue =
  ({ proposals, states }: WriteSide): ProposalUseCases['escalateOverdue'] =>
  async (id, options) => {
    // Caused by the event that set the deadline which passed (the submission or last amendment).
    const cause = options.causationId ?? (await lastEventIdOf(states.store, proposalStream(id), ['ProposalSubmitted', 'ProposalAmended']));
    return proposals.write(id, (_s, context) => ({ type: 'EscalateOverdueProposal', data: { id }, context }), { ...options, principal: SYSTEM_PRINCIPAL, causationId: cause });
  };

/** The last event of these types in the stream (a proposal's stream is short), or null. */
const lastEventIdOf = async (store: EventStore, streamId: string, types: readonly string[]): Promise<string | null> => {
  const events = await store.readStream(streamId, { direction: 'backwards' });
  return events.find((e) => types.includes(e.type))?.id ?? null;
};
