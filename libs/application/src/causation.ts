import type { ProposalState } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';

/**
 * The trail of follow-up steps: an event appended because of another event (the revision after
 * the last accept, the mark after the revision, an escalation after a passed deadline) carries
 * that event's id as its causationId.
 */
export const eventIdAt = async (store: EventStore, streamId: string, revision: bigint): Promise<string | null> => {
  if (revision < 0n) return null;
  const [event] = await store.readStream(streamId, { direction: 'backwards', fromRevision: revision, maxCount: 1 });
  return event?.revision === revision ? event.id : null;
};

/** The last event of these types in the stream (a proposal's stream is short), or null. */
export const lastEventIdOf = async (store: EventStore, streamId: string, types: readonly string[]): Promise<string | null> => {
  const events = await store.readStream(streamId, { direction: 'backwards' });
  return events.find((e) => types.includes(e.type))?.id ?? null;
};

/** Whose action made an accepted or approved proposal take effect: the member who approved it,
 * or — accepted by consensus — its submitter. The revision records it with the rationale, since
 * the system principal appends it. */
export const initiatorOf = (proposal: ProposalState): string => {
  if (proposal.status === 'approved') {
    const approval = proposal.decisions.findLast((d) => d.outcome === 'approve');
    if (approval) return approval.decidedBy;
  }
  return proposal.submittedBy;
};
