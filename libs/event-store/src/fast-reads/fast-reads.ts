import type { EventStore, StoredEvent } from '../port/event-store.port';
import type { LeanStoredEvent } from '../port/lean-event';
import type { FastReads, LeanRange } from './fast-reads.port';

/** Events per readAll of the fallback's range read. */
const RANGE_PAGE = 2000n;

const byPosition = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/**
 * FastReads over the port's `readAll` alone (PostgreSQL, EventStoreDB, a test's store): the same
 * answers as a native implementation, read in ordinary pages of whole events.
 */
export const fastReadsOverReadAll = (store: Pick<EventStore, 'readAll'>): FastReads => {
  const readAt = async (positions: readonly bigint[]): Promise<StoredEvent[]> => {
    const out: StoredEvent[] = [];
    for (const p of [...new Set(positions)].sort(byPosition)) {
      const [e] = await store.readAll({ after: p - 1n, maxCount: 1 });
      if (e && e.position === p) out.push(e);
    }
    return out;
  };
  return {
    readAllLean: (options) => store.readAll(options),
    async readRangeLean({ after, upTo, types }: LeanRange) {
      const keep = types ? new Set(types) : null;
      const events: LeanStoredEvent[] = [];
      let last: bigint | null = null;
      // Positions are distinct integers: the range holds at most upTo − after events. They may be
      // sparse (EventStoreDB's commit positions), so a page may run past the range's end.
      for (let from = after; from < upTo; ) {
        const maxCount = min(upTo - from, RANGE_PAGE);
        const page = await store.readAll({ after: from, maxCount: Number(maxCount) });
        for (const e of page) {
          if (e.position > upTo) return { events, last };
          last = e.position;
          if (!keep || keep.has(e.type)) events.push(e);
        }
        if (BigInt(page.length) < maxCount) break;
        from = page[page.length - 1].position;
      }
      return { events, last };
    },
    readAt,
    readAtLean: (positions) => readAt(positions),
  };
};

const offersFastReads = (store: EventStore): store is EventStore & FastReads => {
  const s = store as EventStore & Partial<FastReads>;
  return typeof s.readAllLean === 'function' && typeof s.readRangeLean === 'function' && typeof s.readAt === 'function' && typeof s.readAtLean === 'function';
};

/** The store's own FastReads when it offers them (the SQLite store), else the fallback over readAll.
 * The one place that asks a store what it offers beyond the port. */
export const fastReadsOf = (store: EventStore): FastReads => (offersFastReads(store) ? store : fastReadsOverReadAll(store));
