import { BACKWARDS, END, FORWARDS, START, type AllStreamResolvedEvent, type EventStoreDBClient, type Position, type StreamingRead } from '@eventstore/db-client';
import type { EventFilter, StoredEvent } from '@samsyn/event-store/port';
import { unavailable } from './esdb-errors';
import { chainSeq, fromRecorded, matchesFilter, toRaw } from './esdb-mapping';

/**
 * Reads of $all for one store (its namespace): forward scans in pages and the last matching
 * event. A commit position we handed out is resumed at exactly: the prepare position of each
 * commit seen is remembered (the two differ for events written in one transaction).
 */
export class EsdbAllReads {
  /** prepare positions of commit positions seen, to resume a read at an exact $all position. */
  private readonly prepares = new Map<bigint, bigint>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly ns: string,
    private readonly pageSize: number,
    private readonly assertOpen: () => void,
  ) {}

  /** The full $all position of a commit position (prepare may differ from commit). */
  esdbPosition(commit: bigint): Position {
    return { commit, prepare: this.prepares.get(commit) ?? commit };
  }

  remember(p: Position): void {
    if (p.prepare === p.commit) return;
    this.prepares.set(p.commit, p.prepare);
    if (this.prepares.size > 10_000) this.prepares.delete(this.prepares.keys().next().value as bigint);
  }

  /** Forward scan of $all in pages, from strictly after `after`, keeping this store's events. */
  async *scanAll(after: bigint | undefined, filter: EventFilter | undefined): AsyncGenerator<{ event: StoredEvent; seq: bigint }> {
    this.assertOpen();
    let from: Position | typeof START = after === undefined ? START : this.esdbPosition(after);
    let lastCommit = after;
    for (;;) {
      let n = 0;
      try {
        for await (const r of this.client.readAll({ direction: FORWARDS, fromPosition: from, maxCount: this.pageSize })) {
          n++;
          if (!r.event) continue;
          const position = r.event.position;
          from = position;
          if (lastCommit !== undefined && position.commit <= lastCommit) continue;
          lastCommit = position.commit;
          this.remember(position);
          const raw = toRaw(r.event);
          const e = fromRecorded(raw, this.ns);
          if (e && matchesFilter(e, filter)) yield { event: e, seq: chainSeq(raw) ?? -1n };
        }
      } catch (e) {
        throw unavailable(e, 'reading $all');
      }
      if (n < this.pageSize) return;
    }
  }

  /** Commit position of the last event of this store matching the filter (backwards $all scan). */
  async lastMatching(filter: EventFilter | undefined): Promise<bigint | null> {
    this.assertOpen();
    let from: Position | typeof END = END;
    let skipAtOrAbove: bigint | undefined;
    try {
      for (;;) {
        let n = 0;
        const page: StreamingRead<AllStreamResolvedEvent> = this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: this.pageSize });
        for await (const r of page) {
          n++;
          if (!r.event) continue;
          const position: Position = r.event.position;
          from = position;
          if (skipAtOrAbove !== undefined && position.commit >= skipAtOrAbove) continue;
          skipAtOrAbove = position.commit;
          const e = fromRecorded(toRaw(r.event), this.ns);
          if (e && matchesFilter(e, filter)) {
            this.remember(position);
            return position.commit;
          }
        }
        if (n < this.pageSize) return null;
      }
    } catch (e) {
      throw unavailable(e, 'reading the head of $all');
    }
  }
}
