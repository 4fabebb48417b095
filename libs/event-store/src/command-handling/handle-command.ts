import { ConcurrencyError } from '../port/errors';
import type { EventMetadata, EventStore, StoredEvent } from '../port/event-store.port';
import { StaleRevisionError } from './stale-revision.error';
import type { StreamStateCache } from './stream-state-cache';

export interface CodecEvent {
  type: string;
  data: unknown;
}

/** Between domain events and stored ones: the schema version on write, upcasting on read. */
export interface EventCodec<E extends CodecEvent> {
  toStored(event: E): { type: string; schemaVersion: number; data: unknown };
  fromStored(event: StoredEvent): E;
}

/** Structurally the domain's Decider: this library does not depend on the domain. */
export interface CommandDecider<C, E, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

export interface CommandMetadata {
  actor: string;
  occurredAt: string;
  correlationId: string;
  causationId?: string | null;
  [extra: string]: unknown;
}

export interface HandleCommandRequest<C, E extends CodecEvent, S> {
  streamId: string;
  decider: CommandDecider<C, E, S>;
  codec: EventCodec<E>;
  /** Builds the command on each attempt, from fresh state (and may re-read other streams). */
  buildCommand: (state: S, revision: bigint | null) => C | Promise<C>;
}

export interface HandleCommandOptions {
  /** Written on every event; the idempotency key is added to it when given. */
  metadata: CommandMetadata;
  /** A key already used on this stream returns the first result; nothing is decided again. */
  idempotencyKey?: string;
  /** The revision the caller saw: any other revision is a StaleRevisionError, never retried. */
  ifMatch?: bigint;
  /** Re-reads and re-decisions after a concurrency conflict. Default 5. */
  maxRetries?: number;
  /** Folded states kept between commands: only the stream's new events are read. */
  cache?: StreamStateCache;
}

export interface HandleCommandResult<E, S> {
  events: E[];
  state: S;
  /** Revision of the stream's last event; null when the stream still does not exist. */
  nextRevision: bigint | null;
  /** Position of the stream's last event; null when the stream still does not exist. */
  position: bigint | null;
  replayed: boolean;
}

/**
 * Load, fold, decide, append with the revision read. On a concurrency conflict it reads and decides
 * again, so no rule is ever checked against stale state; the command is rebuilt on each attempt
 * because it may carry other streams' states, which may have moved too.
 *
 * Idempotency: each event carries the key in its metadata, so a repeated request finds its first
 * result in the stream and returns it without deciding — the decision might be refused by now, and
 * the first answer must still come back. The store's own key check closes the race between two
 * identical requests in flight.
 */
export async function handleCommand<C, E extends CodecEvent, S>(
  store: EventStore,
  request: HandleCommandRequest<C, E, S> & HandleCommandOptions,
): Promise<HandleCommandResult<E, S>> {
  const { streamId, decider, codec, buildCommand, ...options } = request;
  const maxRetries = options.maxRetries ?? 5;
  const { idempotencyKey, ifMatch } = options;
  const metadata: EventMetadata = { causationId: null, ...options.metadata };
  if (idempotencyKey !== undefined) metadata.idempotencyKey = idempotencyKey;

  for (let attempt = 0; ; attempt++) {
    let state: S;
    let revision: bigint | null;
    let lastPosition: bigint | null;
    if (idempotencyKey !== undefined || !options.cache) {
      // A key may have been used anywhere in the stream: read it whole.
      const stored = await store.readStream(streamId);
      const last = stored.length > 0 ? stored[stored.length - 1] : null;
      revision = last?.revision ?? null;
      lastPosition = last?.position ?? null;
      if (idempotencyKey !== undefined) {
        const replay = replayOf(stored, idempotencyKey, decider, codec);
        if (replay) return replay;
      }
      state = stored.map((e) => codec.fromStored(e)).reduce(decider.evolve, decider.initialState());
    } else {
      ({ state, revision, position: lastPosition } = await options.cache.load(store, streamId, decider, (e) => codec.fromStored(e)));
    }
    if (ifMatch !== undefined && revision !== ifMatch) throw new StaleRevisionError(streamId, ifMatch, revision);

    const command = await buildCommand(state, revision);
    const events = decider.decide(command, state);
    if (events.length === 0) {
      return { events, state, nextRevision: revision, position: lastPosition, replayed: false };
    }

    try {
      const result = await store.append(
        streamId,
        events.map((e) => ({ ...codec.toStored(e), metadata })),
        { expectedRevision: revision ?? 'no-stream', idempotencyKey },
      );
      if (!result.replayed) {
        const next = events.reduce(decider.evolve, state);
        options.cache?.remember(streamId, { state: next, revision: result.nextRevision, position: result.position });
        return { events, state: next, nextRevision: result.nextRevision, position: result.position, replayed: false };
      }
      // The same request committed meanwhile: its events are in the stream now, go and read them —
      // unless the key was spent on another stream, where there is nothing of ours to return.
      const reread = replayOf(await store.readStream(streamId), idempotencyKey!, decider, codec);
      return reread ?? { events: [], state, nextRevision: result.nextRevision, position: result.position, replayed: true };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= maxRetries) throw error;
    }
  }
}

function replayOf<C, E extends CodecEvent, S>(
  stored: StoredEvent[],
  key: string,
  decider: CommandDecider<C, E, S>,
  codec: EventCodec<E>,
): HandleCommandResult<E, S> | null {
  const lastIndex = stored.findLastIndex((e) => e.metadata.idempotencyKey === key);
  if (lastIndex < 0) return null;
  const upTo = stored.slice(0, lastIndex + 1).map((e) => codec.fromStored(e));
  const ours = stored.slice(0, lastIndex + 1).flatMap((e, i) => (e.metadata.idempotencyKey === key ? [upTo[i]] : []));
  return {
    events: ours,
    state: upTo.reduce(decider.evolve, decider.initialState()),
    nextRevision: stored[lastIndex].revision,
    position: stored[lastIndex].position,
    replayed: true,
  };
}
