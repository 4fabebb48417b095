import type { EventStore } from '@samsyn/event-store';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

/**
 * The revision a stream had at a moment: what a single-resource read puts in its ETag, so a client
 * can send it back as If-Match. Live reads ask the store; as-of reads walk the stream backwards.
 */
export const streamRevisionAsOf = async (store: EventStore, streamId: string, asOf: AsOf): Promise<bigint | null> => {
  if (asOf === undefined) return store.streamRevision(streamId);
  const events = await store.readStream(streamId, { direction: 'backwards' });
  const hit = events.find((e) => ('position' in asOf ? e.position <= asOf.position : Date.parse(e.metadata.occurredAt) <= Date.parse(asOf.instant)));
  return hit ? hit.revision : null;
};
