import { proposalStream } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { toProjectedEvent } from '@samsyn/projections/projection';
import { proposalsProjection } from '@samsyn/projections/projections/proposals.projection';
import { proposalView } from '@samsyn/projections/queries/views';

/** A proposal as docs/api.md shows it: the proposals read model's view, which GET /proposals/:id answers too. */
export type ProposalView = ReturnType<typeof proposalView>;

/**
 * What a proposal write answers: the read model's view of the proposal as of the write's stream
 * revision, folded from the proposal's own stream by the read model's own projection — so the
 * write and the read answer one shape with the same values (its timeline too), and a retried
 * request (idempotent replay) answers what the first one did, whatever was appended since.
 */
export const proposalAnswer = async (store: EventStore, id: string, revision: bigint): Promise<ProposalView> => {
  let state = proposalsProjection.initialState();
  const events = revision < 0n ? [] : await store.readStream(proposalStream(id), { maxCount: Number(revision) + 1 });
  for (const event of events) state = proposalsProjection.apply(state, toProjectedEvent(event));
  const record = state.proposals[id];
  if (!record) throw new Error(`proposal ${id} has no submission in the first ${revision + 1n} events of its stream`);
  return proposalView(record);
};
