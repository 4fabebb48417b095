import type { EventStore, StoredEvent } from '../port/event-store.port';

export interface FoldedStream<S> {
  state: S;
  /** Revision of the last event folded; null when the stream does not exist. */
  revision: bigint | null;
  position: bigint | null;
}

interface Folding<E, S> {
  evolve(state: S, event: E): S;
  initialState(): S;
}

/**
 * Folded stream states kept between commands, so a command reads only the events appended since
 * (by anyone, in any process) instead of the whole stream. Always correct — the tail is read from
 * the store each time — merely cheaper; bounded, least recently used first out. States must be
 * immutable values (the deciders' evolve returns new objects).
 */
export class StreamStateCache {
  private readonly entries = new Map<string, FoldedStream<unknown>>();

  constructor(private readonly maxEntries = 10_000) {}

  async load<E, S>(store: EventStore, streamId: string, folding: Folding<E, S>, fromStored: (e: StoredEvent) => E): Promise<FoldedStream<S>> {
    const cached = this.entries.get(streamId) as FoldedStream<S> | undefined;
    const tail =
      cached && cached.revision !== null
        ? await store.readStream(streamId, { fromRevision: cached.revision + 1n })
        : await store.readStream(streamId);
    let folded: FoldedStream<S> = cached && cached.revision !== null ? cached : { state: folding.initialState(), revision: null, position: null };
    if (tail.length > 0) {
      const last = tail[tail.length - 1];
      folded = { state: tail.map(fromStored).reduce(folding.evolve, folded.state), revision: last.revision, position: last.position };
    }
    if (folded.revision !== null) this.remember(streamId, folded);
    return folded;
  }

  /** After a successful append: the state the writer computed is the stream's state. */
  remember<S>(streamId: string, folded: FoldedStream<S>): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, folded);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
