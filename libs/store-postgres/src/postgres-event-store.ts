import { Pool, type PoolClient, type PoolConfig } from 'pg';
import {
  StoreUnavailableError,
  type AppendOptions,
  type AppendResult,
  type ChainVerification,
  type EventFilter,
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
import { catchUpSubscription } from '@samsyn/event-store/subscription';
import type { MerkleTreeSource } from '@samsyn/audit-proofs';
import { migrate } from './migrations';
import { appendUnderLock, beginUnderAppendLock, type AppendTarget } from './postgres-append';
import { postgresTreeSource } from './postgres-merkle';
import { PostgresNotifier } from './postgres-notifier';
import { PostgresReads } from './postgres-reads';
import { guardPool, type ConnectionErrorListener } from './pool-guard';
import { asStoreError, quoteIdent } from './sql';

export interface PostgresEventStoreOptions {
  /** Either a connection string or an existing pool (then `close()` leaves the pool open). */
  connectionString?: string;
  pool?: Pool;
  poolConfig?: PoolConfig;
  /** Schema holding the tables; default `samsyn`. Tests use a fresh one per run. */
  schema?: string;
  /** Polling fallback for subscriptions when a NOTIFY is missed (listener reconnecting). */
  pollIntervalMs?: number;
  /** Rows per page in catch-up reads and verification. */
  pageSize?: number;
  /** Every connection the server cut (a restart, a failover): for the operator's log (also `onConnectionError()`). */
  onConnectionError?: ConnectionErrorListener;
}

/** A server that does not answer at all (not even a refusal) fails a request in this time, not never. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The PostgreSQL adapter: one ordered log per schema. Appends are serialised by an advisory lock
 * so that positions commit in order (postgres-append.ts explains why that is needed); reads are
 * plain statements on the pool (postgres-reads.ts); NOTIFY wakes the subscriptions
 * (postgres-notifier.ts).
 */
export class PostgresEventStore implements EventStore {
  readonly schema: string;
  readonly channel: string;
  private readonly s: string;
  private readonly ownsPool: boolean;
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly notifier: PostgresNotifier;
  private readonly reads: PostgresReads;
  private readonly appendTarget: AppendTarget;
  private readonly subscriptions = new Set<Subscription>();
  private readonly connectionListeners = new Set<ConnectionErrorListener>();
  private closed = false;

  private constructor(readonly pool: Pool, options: PostgresEventStoreOptions, ownsPool: boolean) {
    this.schema = options.schema ?? 'samsyn';
    this.s = quoteIdent(this.schema);
    // NOTIFY channels are identifiers (63 bytes max); the schema keeps stores in one database apart.
    this.channel = `${this.schema}_events`.slice(0, 63);
    this.ownsPool = ownsPool;
    this.pageSize = options.pageSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.notifier = new PostgresNotifier(pool, this.channel);
    this.reads = new PostgresReads((sql, params) => this.query(sql, params), this.s);
    this.appendTarget = { s: this.s, channel: this.channel, readPage: (after, upTo) => this.readRange(after, upTo, undefined, this.pageSize) };
  }

  /** Connects, applies pending migrations, and returns a ready store. */
  static async create(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const ownsPool = !options.pool;
    const pool = options.pool ?? new Pool({ connectionString: options.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...options.poolConfig });
    const store = new PostgresEventStore(pool, options, ownsPool);
    // A cut connection must not kill the process; the query that used it fails (503) instead.
    guardPool(pool, (e) => store.connectionLost(e));
    if (options.onConnectionError) store.onConnectionError(options.onConnectionError);
    try {
      await migrate(pool, store.schema);
    } catch (e) {
      if (ownsPool) await pool.end().catch(() => undefined);
      throw asStoreError(e, 'migrating the PostgreSQL event store');
    }
    return store;
  }

  /** Registers a listener for connections the server cut (for the log); returns its removal. */
  onConnectionError(listener: ConnectionErrorListener): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  private connectionLost(error: Error): void {
    for (const l of this.connectionListeners) l(error);
  }

  append(streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    return this.underAppendLock((client) => appendUnderLock(client, this.appendTarget, streamId, events, options), `appending to ${streamId}`);
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    return this.reads.readStream(streamId, options);
  }

  streamRevision(streamId: string): Promise<bigint | null> {
    return this.reads.streamRevision(streamId);
  }

  idempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    return this.reads.idempotencyRecord(key);
  }

  readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.readRange(options.after, undefined, options.filter, options.maxCount);
  }

  /** Events with after < position <= upTo matching the filter, in position order. */
  readRange(after: bigint | undefined, upTo: bigint | undefined, filter: EventFilter | undefined, maxCount?: number): Promise<StoredEvent[]> {
    return this.reads.readRange(after, upTo, filter, maxCount);
  }

  headPosition(): Promise<bigint | null> {
    return this.reads.headPosition();
  }

  subscribe(options: SubscribeOptions): Subscription {
    if (this.closed) throw new StoreUnavailableError('the PostgreSQL event store is closed');
    // Positions commit in order (the advisory lock in append), so the generic cursor-following
    // subscription cannot skip a late commit here; NOTIFY is its wake-up, polling the fallback.
    const sub = catchUpSubscription(
      {
        readAll: (o) => this.readAll(o),
        headPosition: () => this.headPosition(),
        onAppended: (listener) => this.notifier.add(listener),
      },
      options,
      { batchSize: this.pageSize, pollIntervalMs: this.pollIntervalMs },
    );
    this.subscriptions.add(sub);
    const stop = sub.stop.bind(sub);
    return {
      caughtUp: sub.caughtUp,
      stop: async () => {
        this.subscriptions.delete(sub);
        await stop();
      },
    };
  }

  async verifyChain(onProgress?: (checked: number, total: number) => void): Promise<ChainVerification> {
    const total = await this.reads.count();
    const self = this;
    async function* pages(): AsyncGenerator<StoredEvent> {
      let after: bigint | undefined;
      for (;;) {
        const page = await self.readRange(after, undefined, undefined, self.pageSize);
        for (const e of page) yield e;
        if (page.length < self.pageSize) return;
        after = page[page.length - 1].position;
      }
    }
    return verifyChain(pages(), { gapless: true, onProgress: onProgress ? (checked) => onProgress(checked, total) : undefined });
  }

  /** The Merkle tree over every event, kept in the append's transaction (postgres-merkle.ts). */
  merkleTree(): MerkleTreeSource {
    return postgresTreeSource(
      this.pool,
      this.s,
      () => this.headPosition(),
      (work) => this.underAppendLock(work, 'building the Merkle tree'),
      (after) => this.readRange(after, undefined, undefined, this.pageSize),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.notifier.close();
    if (this.ownsPool) await this.pool.end();
  }

  /** `work` in a transaction that holds the append lock: committed when it returns, rolled back when it throws. */
  private async underAppendLock<T>(work: (client: PoolClient) => Promise<T>, doing: string): Promise<T> {
    const client = await this.connect();
    try {
      await beginUnderAppendLock(client, this.schema);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw asStoreError(e, doing);
    } finally {
      client.release();
    }
  }

  private async connect(): Promise<PoolClient> {
    if (this.closed) throw new StoreUnavailableError('the PostgreSQL event store is closed');
    try {
      return await this.pool.connect();
    } catch (e) {
      throw asStoreError(e, 'connecting to PostgreSQL');
    }
  }

  private async query<R extends object>(sql: string, params: unknown[] = []): Promise<R[]> {
    if (this.closed) throw new StoreUnavailableError('the PostgreSQL event store is closed');
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (e) {
      throw asStoreError(e, 'reading the PostgreSQL event store');
    }
  }
}

export const createPostgresEventStore = (options: PostgresEventStoreOptions): Promise<PostgresEventStore> => PostgresEventStore.create(options);
