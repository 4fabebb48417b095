import type { EventStore, StoredEvent } from '@samsyn/event-store';
/** GET /audit/events: a page after a position, of a stream, a type, an actor, a time window. */
export interface AuditFilter {
  after?: bigint;
  limit?: number;
  stream?: string;
  type?: string;
  actor?: string;
  from?: string;
  to?: string;
}

/** docs/api.md's audit event: the stored event as it is, hash chain included. */
export interface AuditEvent {
  position: string;
  streamId: string;
  revision: string;
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: StoredEvent['metadata'];
  hash: string;
  previousHash: string;
}

export const auditEvent = (e: StoredEvent): AuditEvent => ({
  position: e.position.toString(),
  streamId: e.streamId,
  revision: e.revision.toString(),
  id: e.id,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
  hash: e.hash,
  previousHash: e.previousHash,
});

/** A page of the log; `nextAfter` is the position to pass as `after` for the next page, null at the end. */
export interface AuditPage {
  events: AuditEvent[];
  nextAfter: string | null;
}

export const MAX_AUDIT_PAGE = 1000;

/**
 * The audit log is the store itself, read by position: nothing is copied. Stream and type go to
 * the store's filter; actor and time are checked here. `upTo` (as-of) ends the log at a position
 * or an instant.
 */
export const readAuditLog = async (
  store: EventStore,
  filter: AuditFilter,
  upTo?: { position: bigint } | { instantMs: number },
): Promise<AuditPage> => {
  const limit = Math.min(Math.max(1, filter.limit ?? 100), MAX_AUDIT_PAGE);
  const fromMs = filter.from ? Date.parse(filter.from) : null;
  const toMs = filter.to ? Date.parse(filter.to) : null;
  const endMs = upTo && 'instantMs' in upTo ? (toMs === null ? upTo.instantMs : Math.min(toMs, upTo.instantMs)) : toMs;
  const endPosition = upTo && 'position' in upTo ? upTo.position : null;
  const storeFilter = {
    ...(filter.stream ? { streamPrefixes: [filter.stream] } : {}),
    ...(filter.type ? { eventTypes: [filter.type] } : {}),
  };
  const events: AuditEvent[] = [];
  let after = filter.after;
  const batchSize = Math.max(limit, 500);
  for (;;) {
    const batch = await store.readAll({ after, maxCount: batchSize, filter: storeFilter });
    for (const e of batch) {
      const ms = Date.parse(e.metadata.occurredAt);
      // occurredAt grows with the position, so the first event past the window ends the log.
      if ((endPosition !== null && e.position > endPosition) || (endMs !== null && ms > endMs)) return { events, nextAfter: null };
      after = e.position;
      if (filter.stream && e.streamId !== filter.stream) continue;
      if (filter.actor && e.metadata.actor !== filter.actor) continue;
      if (fromMs !== null && ms < fromMs) continue;
      events.push(auditEvent(e));
      if (events.length === limit) return { events, nextAfter: e.position.toString() };
    }
    if (batch.length < batchSize) return { events, nextAfter: null };
  }
};
