import type { StoredEvent } from '@samsyn/event-store';

/** One Server-Sent Event: `id` is the global position, so a reconnecting EventSource resumes exactly. */
export interface LiveEventMessage {
  id: string;
  data: {
    position: string;
    streamId: string;
    revision: string;
    type: string;
    schemaVersion: number;
    data: unknown;
    metadata: unknown;
  };
}

export const toLiveEventMessage = (e: StoredEvent): LiveEventMessage => ({
  id: e.position.toString(),
  data: {
    position: e.position.toString(),
    streamId: e.streamId,
    revision: e.revision.toString(),
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
  },
});
