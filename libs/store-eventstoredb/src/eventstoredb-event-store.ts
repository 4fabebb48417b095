import { randomUUID } from 'node:crypto';
import { BACKWARDS, END, EventStoreDBClient, FORWARDS, START, StreamNotFoundError } from '@eventstore/db-client';
import {
  StoreUnavailableError,
  type AppendOptions,
  type AppendResult,
  type ChainVerification,
  type EventStore,
  type EventToAppend,
  type IdempotencyRecord,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
} from '@samsyn/event-store/port';
import { verifyChain } from '@samsyn/event-store/hash-chain';
import { EsdbAllReads } from './esdb-all-reads';
import { appendWithChain, type EsdbAppendContext } from './esdb-append';
import { readChainHead } from './esdb-chain';
import { unavailable } from './esdb-errors';
import { EsdbIdempotency } from './esdb-idempotency';
import { esdbTreeSource } from './esdb-merkle';
import { fromRecorded, INTERNAL_PREFIX, toRaw } from './esdb-mapping';
import { startEsdbSubscription, type EsdbSubscription, type SubscriptionStatus } from './esdb-subscription';
import { idempotentEventId } from './deterministic-id';

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

/** gRPC keepalive is what notices a dead connection behind a load balancer: keep it on. */
export const withKeepAlive = (connectionString: string): string =>
  /[?&]keepAliveInterval=/i.test(connectionString)
    ? connectionString
    : `${connectionString}${connectionString.includes('?') ? '&' : '?'}keepAliveInterval=10000&keepAliveTimeout=10000`;

/**
 * The EventStoreDB adapter: one stream per Samsyn stream under the store's namespace, a global
 * hash chain kept through a bookkeeping stream (esdb-chain.ts, esdb-append.ts), idempotency keys
 * in streams of their own (esdb-idempotency.ts), and $all read for the global order
 * (esdb-all-reads.ts, esdb-subscription.ts).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly ns: string;
  private readonly chainStream: string;
  private readonly backoff: { initialMs: number; maxMs: number };
  private readonly all: EsdbAllReads;
  private readonly idempotency: EsdbIdempotency;
  private readonly appendContext: EsdbAppendContext;
  private readonly subscriptions = new Set<EsdbSubscription>();
  private appendQueue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private tree: ReturnType<typeof esdbTreeSource> | undefined;

  constructor(readonly client: EventStoreDBClient, options: EventStoreDbStoreOptions = {}, private readonly ownsClient = false) {
    this.ns = options.namespace ?? '';
    this.chainStream = `${this.ns}${INTERNAL_PREFIX}chain`;
    const leaseMs = options.leaseMs ?? 30_000;
    this.backoff = options.backoff ?? { initialMs: 250, maxMs: 30_000 };
    this.all = new EsdbAllReads(client, this.ns, options.pageSize ?? 500, () => this.assertOpen());
    this.idempotency = new EsdbIdempotency(client, this.ns);
    this.appendContext = {
      client,
      ns: this.ns,
      chainStream: this.chainStream,
      leaseMs,
      appendDeadlineMs: options.appendDeadlineMs ?? Math.floor(leaseMs / 3),
      idempotency: this.idempotency,
      streamRevision: (streamId) => this.streamRevision(streamId),
      readStream: (streamId, o) => this.readStream(streamId, o),
      headPosition: () => this.headPosition(),
    };
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
    return appendWithChain(this.appendContext, streamId, events, ids, options);
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
    for await (const { event: e } of this.all.scanAll(options.after, options.filter)) {
      out.push(e);
      if (options.maxCount !== undefined && out.length >= options.maxCount) break;
    }
    return out;
  }

  async headPosition(): Promise<bigint | null> {
    return this.all.lastMatching(undefined);
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const sub = startEsdbSubscription(
      {
        client: this.client,
        namespace: this.ns,
        lastMatching: (filter) => this.all.lastMatching(filter),
        esdbPosition: (commit) => this.all.esdbPosition(commit),
        remember: (p) => this.all.remember(p),
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
      for await (const { event, seq } of self.all.scanAll(undefined, undefined)) {
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
    return (this.tree ??= esdbTreeSource((after) => this.all.scanAll(after, undefined)));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    if (this.ownsClient) await this.client.dispose();
  }

  async idempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    return this.idempotency.record(key);
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the EventStoreDB event store is closed');
  }
}

export const createEventStoreDbEventStore = (options: EventStoreDbStoreOptions): EventStoreDbEventStore => EventStoreDbEventStore.create(options);
