import { createHash, randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  DeadlineExceededError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type CurrentRevision,
  type StreamingRead,
  type Position,
} from '@eventstore/db-client';
import {
  ConcurrencyError,
  StoreUnavailableError,
  type AppendOptions,
  type AppendResult,
  type ChainVerification,
  type EventFilter,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type IdempotencyRecord,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
} from '@samsyn/event-store/port';
import { hashEvent, verifyChain } from '@samsyn/event-store/hash-chain';
import { esdbTreeSource } from './esdb-merkle';
import { idempotentEventId } from './deterministic-id';
import { readChainHead, linkEvent, voidEvent } from './esdb-chain';
import { chainSeq, fromRecorded, INTERNAL_PREFIX, matchesFilter, SAMSYN_META_KEY, toRaw, wrapData, type ChainMeta } from './esdb-mapping';
import { startEsdbSubscription, type EsdbSubscription, type SubscriptionStatus } from './esdb-subscription';

export interface EventStoreDbStoreOptions {
  /**
   * `esdb://host:2113?tls=false` for the insecure dev node; for a secure cluster
   * `esdb+discover://admin:changeit@node1:2113?tlsCAFile=/certs/ca/ca.crt` (TLS is on by default,
   * and `tlsVerifyCert=false` does nothing in client 6.x: give it the CA instead).
   */
  connectionString?: string;
  /** An existing client (then `close()` leaves it open). */
  client?: EventStoreDBClient;
  /** Prefix of every stream of this store; lets several stores or test runs share a server. */
  namespace?: string;
  /** How long an unconfirmed chain link blocks the chain before it counts as void (esdb-chain). */
  leaseMs?: number;
  /** gRPC deadline of an event append; must stay well below `leaseMs`. */
  appendDeadlineMs?: number;
  /** Resubscription backoff after a dropped subscription. */
  backoff?: { initialMs: number; maxMs: number };
  pageSize?: number;
}

export interface EventStoreDbStatus {
  subscriptions: number;
  drops: number;
  lastDrop: SubscriptionStatus['lastDrop'];
  allCaughtUp: boolean;
}

interface IdempotencyEntry {
  [key: string]: string;
  nextRevision: string;
  position: string;
  /** Written since the port's idempotencyRecord; older entries lack it. */
  streamId: string;
}

/** gRPC keepalive is what notices a dead connection behind a load balancer: keep it on. */
export const withKeepAlive = (connectionString: string): string =>
  /[?&]keepAliveInterval=/i.test(connectionString)
    ? connectionString
    : `${connectionString}${connectionString.includes('?') ? '&' : '?'}keepAliveInterval=10000&keepAliveTimeout=10000`;

const toActual = (r: CurrentRevision): bigint | null => (r === NO_STREAM ? null : (r as bigint));

const revisionMatches = (expected: ExpectedRevision, current: bigint | null): boolean =>
  expected === 'any' ? true : expected === 'no-stream' ? current === null : expected === 'stream-exists' ? current !== null : current === expected;

const unavailable = (e: unknown, doing: string): unknown =>
  e instanceof UnavailableError || e instanceof DeadlineExceededError
    ? new StoreUnavailableError(`EventStoreDB unavailable while ${doing}: ${(e as Error).message}`, e)
    : e;

export class EventStoreDbEventStore implements EventStore {
  private readonly ns: string;
  private readonly chainStream: string;
  private readonly leaseMs: number;
  private readonly appendDeadlineMs: number;
  private readonly backoff: { initialMs: number; maxMs: number };
  private readonly pageSize: number;
  private readonly subscriptions = new Set<EsdbSubscription>();
  /** prepare positions of commit positions seen, to resume a subscription at an exact $all position. */
  private readonly prepares = new Map<bigint, bigint>();
  private appendQueue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private tree: ReturnType<typeof esdbTreeSource> | undefined;

  constructor(readonly client: EventStoreDBClient, options: EventStoreDbStoreOptions = {}, private readonly ownsClient = false) {
    this.ns = options.namespace ?? '';
    this.chainStream = `${this.ns}${INTERNAL_PREFIX}chain`;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.appendDeadlineMs = options.appendDeadlineMs ?? Math.floor(this.leaseMs / 3);
    this.backoff = options.backoff ?? { initialMs: 250, maxMs: 30_000 };
    this.pageSize = options.pageSize ?? 500;
  }

  static fromConnectionString(connectionString: string, options: Omit<EventStoreDbStoreOptions, 'client' | 'connectionString'> = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(withKeepAlive(connectionString)), options, true);
  }

  static create(options: EventStoreDbStoreOptions): EventStoreDbEventStore {
    if (options.client) return new EventStoreDbEventStore(options.client, options, false);
    if (!options.connectionString) throw new Error('EventStoreDB store: a connectionString or a client is required');
    return EventStoreDbEventStore.fromConnectionString(options.connectionString, options);
  }

  append(streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    if (streamId.startsWith(INTERNAL_PREFIX)) return Promise.reject(new Error(`stream ids starting with ${INTERNAL_PREFIX} are reserved`));
    const ids = events.map((e, i) => e.id ?? (options.idempotencyKey !== undefined ? idempotentEventId(options.idempotencyKey, streamId, i) : randomUUID()));
    if (new Set(ids).size !== ids.length) return Promise.reject(new Error(`append to ${streamId}: two events share one id`));
    // One append at a time per process; across processes the chain stream's revision decides.
    const run = this.appendQueue.then(() => this.appendSerialized(streamId, events, ids, options));
    this.appendQueue = run.catch(() => undefined);
    return run;
  }

  private async appendSerialized(streamId: string, events: EventToAppend[], ids: string[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const stream = this.ns + streamId;
    const key = options.idempotencyKey;
    try {
      if (key !== undefined) {
        const seen = await this.readIdempotency(key);
        if (seen) return seen;
      }
      for (let attempt = 0; ; attempt++) {
        const head = await readChainHead(this.client, this.chainStream, this.leaseMs, () => Date.now());
        if (head.pending) {
          await this.pause(attempt);
          continue;
        }
        const current = await this.streamRevision(streamId);
        if (!revisionMatches(options.expectedRevision, current)) {
          // A retry whose first attempt wrote its events but crashed before the idempotency record.
          if (key !== undefined) {
            const landed = await this.findLanded(streamId, ids);
            if (landed) return this.recordIdempotency(key, streamId, landed);
          }
          throw new ConcurrencyError(streamId, options.expectedRevision, current);
        }

        let seq = head.seq;
        let previousHash = head.hash;
        let revision = current ?? -1n;
        const toWrite = events.map((e, i) => {
          seq += 1n;
          revision += 1n;
          // Hash exactly what a read gives back: the JSON round trip of data and metadata.
          const normalized: unknown = JSON.parse(JSON.stringify(e.data ?? null));
          const { data, wrapped } = wrapData(normalized);
          const metadata = JSON.parse(JSON.stringify(e.metadata)) as StoredEvent['metadata'];
          const hash = hashEvent(
            { id: ids[i], streamId, revision, position: seq, type: e.type, schemaVersion: e.schemaVersion, data: normalized, metadata },
            previousHash,
          );
          const chain: ChainMeta = { schemaVersion: e.schemaVersion, seq: seq.toString(), previousHash, hash, ...(wrapped ? { wrapped: true as const } : {}) };
          previousHash = hash;
          return jsonEvent({ id: ids[i], type: e.type, data, metadata: { ...metadata, [SAMSYN_META_KEY]: chain } });
        });
        if (toWrite.length === 0) {
          return { nextRevision: current ?? -1n, position: (await this.headPosition()) ?? 0n, replayed: false };
        }

        let linkRevision: bigint;
        try {
          const linked = await this.client.appendToStream(
            this.chainStream,
            linkEvent({
              fromSeq: (head.seq + 1n).toString(),
              toSeq: seq.toString(),
              previousHash: head.hash,
              hash: previousHash,
              stream,
              firstRevision: ((current ?? -1n) + 1n).toString(),
              firstId: ids[0],
            }),
            { expectedRevision: head.chainRevision },
          );
          linkRevision = linked.nextExpectedRevision;
        } catch (e) {
          if (e instanceof WrongExpectedVersionError) {
            await this.pause(attempt);
            continue; // another appender took this link: re-read the head
          }
          throw e;
        }

        try {
          const result = await this.client.appendToStream(stream, toWrite, {
            expectedRevision: current ?? NO_STREAM,
            deadline: this.appendDeadlineMs,
          });
          const appended: AppendResult = {
            nextRevision: result.nextExpectedRevision,
            position: result.position?.commit ?? (await this.headPosition()) ?? 0n,
            replayed: false,
          };
          return key !== undefined ? await this.recordIdempotency(key, streamId, appended) : appended;
        } catch (e) {
          if (e instanceof WrongExpectedVersionError) {
            // Definitely not written: void our link so the chain continues without a lease wait.
            await this.client
              .appendToStream(this.chainStream, voidEvent({ seq: head.seq.toString(), hash: head.hash }), { expectedRevision: linkRevision })
              .catch(() => undefined);
            // Another process retrying the same key got there first: answer as a replay.
            if (key !== undefined) {
              const landed = (await this.readIdempotency(key)) ?? (await this.findLanded(streamId, ids));
              if (landed) return this.recordIdempotency(key, streamId, landed);
            }
            throw new ConcurrencyError(streamId, options.expectedRevision, toActual(e.actualVersion));
          }
          throw e; // possibly written (timeout): the lease decides
        }
      }
    } catch (e) {
      throw unavailable(e, `appending to ${streamId}`);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const out: StoredEvent[] = [];
    try {
      const read = this.client.readStream(this.ns + streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : START),
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      for await (const r of read) {
        const e = r.event ? fromRecorded(toRaw(r.event), this.ns) : null;
        if (e) out.push(e);
      }
    } catch (e) {
      // StreamNotFoundError arrives while iterating, not at the call.
      if (e instanceof StreamNotFoundError) return [];
      throw unavailable(e, `reading ${streamId}`);
    }
    return out;
  }

  async streamRevision(streamId: string): Promise<bigint | null> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last ? last.revision : null;
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const out: StoredEvent[] = [];
    for await (const { event: e } of this.scanAll(options.after, options.filter)) {
      out.push(e);
      if (options.maxCount !== undefined && out.length >= options.maxCount) break;
    }
    return out;
  }

  /** Forward scan of $all in pages, from strictly after `after`, keeping this store's events. */
  private async *scanAll(after: bigint | undefined, filter: EventFilter | undefined): AsyncGenerator<{ event: StoredEvent; seq: bigint }> {
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

  async headPosition(): Promise<bigint | null> {
    return this.lastMatching(undefined);
  }

  /** Commit position of the last event of this store matching the filter (backwards $all scan). */
  private async lastMatching(filter: EventFilter | undefined): Promise<bigint | null> {
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

  subscribe(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const sub = startEsdbSubscription(
      {
        client: this.client,
        namespace: this.ns,
        lastMatching: (filter) => this.lastMatching(filter),
        esdbPosition: (commit) => this.esdbPosition(commit),
        remember: (p) => this.remember(p),
        backoff: this.backoff,
      },
      options,
    );
    this.subscriptions.add(sub);
    return {
      caughtUp: sub.caughtUp,
      stop: async () => {
        this.subscriptions.delete(sub);
        await sub.stop();
      },
    };
  }

  /** For /health and /metrics: subscription drops survive as counters, never as silence. */
  status(): EventStoreDbStatus {
    const all = [...this.subscriptions].map((s) => s.status());
    const lastDrop = all.map((s) => s.lastDrop).filter((d) => d !== null).sort((a, b) => (a!.at < b!.at ? 1 : -1))[0] ?? null;
    return { subscriptions: all.length, drops: all.reduce((n, s) => n + s.drops, 0), lastDrop, allCaughtUp: all.every((s) => s.caughtUp) };
  }

  /**
   * Walks $all in order. The hash covers the chain sequence number (esdb-chain), so each event is
   * checked with `seq` in the place of the position; a break is reported at its $all position.
   */
  async verifyChain(onProgress?: (checked: number, total: number) => void): Promise<ChainVerification> {
    const head = await readChainHead(this.client, this.chainStream, 0, () => Infinity);
    const total = head.pending ? 0 : Number(head.seq);
    let current: StoredEvent | null = null;
    let previous: StoredEvent | null = null;
    const self = this;
    async function* bySeq(): AsyncGenerator<StoredEvent> {
      for await (const { event, seq } of self.scanAll(undefined, undefined)) {
        previous = current;
        current = event;
        yield { ...event, position: seq };
      }
    }
    const v = await verifyChain(bySeq(), { gapless: true, onProgress: onProgress ? (n) => onProgress(n, Math.max(total, n)) : undefined });
    if (v.ok) return { ...v, headPosition: current ? (current as StoredEvent).position : null };
    return { ...v, brokenAt: current ? (current as StoredEvent).position : undefined, headPosition: previous ? (previous as StoredEvent).position : null };
  }

  /** The Merkle tree, kept beside the log from the hash chain's order (esdb-merkle.ts). */
  merkleTree(): ReturnType<typeof esdbTreeSource> {
    return (this.tree ??= esdbTreeSource((after) => this.scanAll(after, undefined)));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    if (this.ownsClient) await this.client.dispose();
  }

  /** The full $all position of a commit position (prepare may differ from commit). */
  private esdbPosition(commit: bigint): Position {
    return { commit, prepare: this.prepares.get(commit) ?? commit };
  }

  private remember(p: Position): void {
    if (p.prepare === p.commit) return;
    this.prepares.set(p.commit, p.prepare);
    if (this.prepares.size > 10_000) this.prepares.delete(this.prepares.keys().next().value as bigint);
  }

  private idempotencyStream(key: string): string {
    return `${this.ns}${INTERNAL_PREFIX}idempotency-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
  }

  private async readIdempotency(key: string): Promise<AppendResult | null> {
    const entry = await this.readIdempotencyEntry(key);
    return entry ? { nextRevision: BigInt(entry.nextRevision), position: BigInt(entry.position), replayed: true } : null;
  }

  private async readIdempotencyEntry(key: string): Promise<IdempotencyEntry | null> {
    try {
      for await (const r of this.client.readStream(this.idempotencyStream(key), { direction: FORWARDS, fromRevision: START, maxCount: 1 })) {
        if (!r.event || !r.event.isJson) continue;
        return r.event.data as IdempotencyEntry;
      }
    } catch (e) {
      if (!(e instanceof StreamNotFoundError)) throw e;
    }
    return null;
  }

  async idempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    const entry = await this.readIdempotencyEntry(key);
    if (!entry || typeof entry.streamId !== 'string') return null;
    return { streamId: entry.streamId, nextRevision: BigInt(entry.nextRevision), position: BigInt(entry.position) };
  }

  /** The first writer of a key wins; a later one returns what the first recorded. */
  private async recordIdempotency(key: string, streamId: string, result: AppendResult): Promise<AppendResult> {
    const data: IdempotencyEntry = { nextRevision: result.nextRevision.toString(), position: result.position.toString(), streamId };
    try {
      await this.client.appendToStream(this.idempotencyStream(key), jsonEvent({ type: 'samsyn.idempotency', data }), { expectedRevision: NO_STREAM });
      return result;
    } catch (e) {
      if (e instanceof WrongExpectedVersionError) return (await this.readIdempotency(key)) ?? result;
      throw e;
    }
  }

  /** When all `ids` are already in the stream (an earlier attempt landed), that attempt's result. */
  private async findLanded(streamId: string, ids: string[]): Promise<AppendResult | null> {
    const tail = await this.readStream(streamId, { direction: 'backwards', maxCount: 1000 });
    const last = tail.find((e) => e.id === ids[ids.length - 1]);
    if (!last || !tail.some((e) => e.id === ids[0])) return null;
    return { nextRevision: last.revision, position: last.position >= 0n ? last.position : ((await this.headPosition()) ?? 0n), replayed: true };
  }

  private pause(attempt: number): Promise<void> {
    return new Promise((r) => setTimeout(r, Math.min(1000, 10 * 2 ** Math.min(attempt, 7))));
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the EventStoreDB event store is closed');
  }
}

export const createEventStoreDbEventStore = (options: EventStoreDbStoreOptions): EventStoreDbEventStore => EventStoreDbEventStore.create(options);
