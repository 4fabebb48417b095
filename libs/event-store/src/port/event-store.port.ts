/**
 * The one storage port. SQLite, PostgreSQL and EventStoreDB adapters implement it and pass the
 * same contract suite (../contract). Revisions and positions are bigint: EventStoreDB's are
 * 64-bit and must never pass through a JS number.
 */

/** Stream revisions start at 0 for the first event (EventStoreDB's convention). */
export type ExpectedRevision = 'no-stream' | 'stream-exists' | 'any' | bigint;

export interface EventMetadata {
  /** Principal id that caused the event (or `system`). */
  actor: string;
  /** ISO-8601 instant at which the command was decided. */
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  idempotencyKey?: string;
  [extra: string]: unknown;
}

export interface EventToAppend {
  /** Optional caller-chosen id (UUID); retried appends reuse it. */
  id?: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

export interface StoredEvent {
  id: string;
  streamId: string;
  revision: bigint;
  /** Gapless (SQLite, PostgreSQL) or monotonic (EventStoreDB) global position. */
  position: bigint;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
  /** Hash-chain links: sha-256 hex of this event's canonical content + previousHash. */
  hash: string;
  previousHash: string;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  /** A key already used returns the first append's result and writes nothing. */
  idempotencyKey?: string;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextRevision: bigint;
  /** Global position of the last appended event. */
  position: bigint;
  /** True when the idempotency key had been used: nothing was written this time. */
  replayed: boolean;
}

/** Where an idempotency key was spent: the stream it wrote and that append's result. */
export interface IdempotencyRecord {
  streamId: string;
  nextRevision: bigint;
  position: bigint;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** Inclusive. Forwards default 0; backwards default: the last event. */
  fromRevision?: bigint;
  maxCount?: number;
}

export interface EventFilter {
  /** Keep events whose stream id starts with one of these. */
  streamPrefixes?: string[];
  /** Keep events of these types. */
  eventTypes?: string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Default: from the start. */
  after?: bigint;
  maxCount?: number;
  filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Exclusive: deliver events strictly after this position. Default: from the start. */
  after?: bigint;
  filter?: EventFilter;
  /** Called once per event, in order, never concurrently; the next event waits for the promise. */
  onEvent: (event: StoredEvent) => Promise<void> | void;
  /** Called once when the history has been delivered and the subscription turns live. */
  onCaughtUp?: (position: bigint) => void;
  /** A handler error or a store failure stops the subscription and is reported here — except
   * StoreUnavailableError (a database restarting): the catch-up subscription waits with backoff
   * and reads again after the last event handled: an event whose handler failed so comes again. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves when the history at subscription time has been delivered. */
  readonly caughtUp: Promise<void>;
  stop(): Promise<void>;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  headPosition: bigint | null;
  headHash: string | null;
  /** Position of the first event whose hash or link does not verify. */
  brokenAt?: bigint;
  reason?: string;
}

export interface EventStore {
  append(streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Current revision of the stream, or null when it does not exist. */
  streamRevision(streamId: string): Promise<bigint | null>;
  /** The append that spent this idempotency key (on any stream), or null when it is unused. */
  idempotencyRecord(key: string): Promise<IdempotencyRecord | null>;
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Position of the last event in the store, or null when empty. */
  headPosition(): Promise<bigint | null>;
  /** Catch-up subscription: history after `after`, then live. */
  subscribe(options: SubscribeOptions): Subscription;
  /** Walks the hash chain end to end. */
  verifyChain(onProgress?: (checked: number, total: number) => void): Promise<ChainVerification>;
  close(): Promise<void>;
}

/** Checkpoints of subscribers that keep their state elsewhere. Compare-and-set: a checkpoint only
 * moves from the value its writer read, so two runners cannot both advance it. */
export interface CheckpointStore {
  load(name: string): Promise<bigint | null>;
  /** Throws CheckpointConflictError when the stored value is not `expected`. */
  store(name: string, position: bigint, expected: bigint | null): Promise<void>;
}
