import { randomUUID } from 'node:crypto';
import { Pool, type PoolClient, type PoolConfig } from 'pg';
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
import { GENESIS_HASH, hashEvent, verifyChain } from '@samsyn/event-store/hash-chain';
import { migrate } from './migrations';
import { PostgresNotifier } from './postgres-notifier';
import { guardPool, type ConnectionErrorListener } from './pool-guard';
import { catchUpSubscription } from '@samsyn/event-store/subscription';
import { isConnectionError, likePrefix, quoteIdent, toBigInt } from './sql';
import type { MerkleTreeSource } from '@samsyn/audit-proofs';
import { appendToTree, postgresTreeSource } from './postgres-merkle';

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

interface EventRow {
  position: string;
  stream_id: string;
  revision: string;
  id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: StoredEvent['metadata'];
  hash: string;
  previous_hash: string;
}

const COLUMNS = 'position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash';

const toStored = (r: EventRow): StoredEvent => ({
  id: r.id,
  streamId: r.stream_id,
  revision: toBigInt(r.revision),
  position: toBigInt(r.position),
  type: r.type,
  schemaVersion: Number(r.schema_version),
  data: r.data,
  metadata: r.metadata,
  hash: r.hash,
  previousHash: r.previous_hash,
});

/** What jsonb will hand back: hash and return exactly that, so a re-read hashes the same. */
const asStoredJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/** Key of the transaction-scoped advisory lock that serialises appends to one schema. */
const APPEND_LOCK = 0x5a4d4150; // "SMAP"

/**
 * Global order on PostgreSQL.
 *
 * The trap: with a sequence, writer A takes position 5, writer B takes 6 and commits first; a
 * subscriber reads 6, moves its checkpoint past 5, and never sees A's event when A commits. A
 * sequence also leaves gaps on rollback.
 *
 * The fix here: every append first takes `pg_advisory_xact_lock(APPEND_LOCK, hashtext(schema))`
 * in its own statement, and only then reads the head (max position, head hash) with a fresh
 * READ COMMITTED snapshot. The lock is held until COMMIT/ROLLBACK, and PostgreSQL releases
 * transaction locks only after the commit is visible, so:
 *  - positions are assigned max+1 by one writer at a time: gapless, a rollback consumes nothing;
 *  - the writer of N+1 starts after N is committed and visible, so commits happen in position
 *    order, and any snapshot that sees N+1 also sees every position below it;
 *  - the hash chain (previous hash = head hash) is computed inside the same serialised section.
 * The cost is one append at a time per schema, which is what a single ordered log means anyway.
 * The NOTIFY is sent inside the transaction, so it is delivered only after the commit.
 */
export class PostgresEventStore implements EventStore {
  readonly schema: string;
  readonly channel: string;
  private readonly s: string;
  private readonly ownsPool: boolean;
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly notifier: PostgresNotifier;
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
      throw wrap(e, 'migrating the PostgreSQL event store');
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

  async append(streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    const client = await this.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [APPEND_LOCK, this.schema]);

      // Checked under the lock: a concurrent retry with the same key waits, then sees the first result.
      if (options.idempotencyKey !== undefined) {
        const seen = await client.query<{ next_revision: string; position: string }>(
          `SELECT next_revision, position FROM ${this.s}.idempotency WHERE key = $1`,
          [options.idempotencyKey],
        );
        if (seen.rows[0]) {
          await client.query('COMMIT');
          return { nextRevision: toBigInt(seen.rows[0].next_revision), position: toBigInt(seen.rows[0].position), replayed: true };
        }
      }

      const current = await this.revisionWith(client, streamId);
      if (!revisionMatches(options.expectedRevision, current)) {
        throw new ConcurrencyError(streamId, options.expectedRevision, current);
      }

      const head = await client.query<{ position: string; hash: string }>(
        `SELECT position, hash FROM ${this.s}.events ORDER BY position DESC LIMIT 1`,
      );
      let position = head.rows[0] ? toBigInt(head.rows[0].position) : 0n;
      const sizeBefore = position;
      const leaves: Array<Omit<StoredEvent, 'hash' | 'previousHash'>> = [];
      let previousHash = head.rows[0]?.hash ?? GENESIS_HASH;
      let revision = current ?? -1n;

      const params: unknown[] = [];
      const tuples: string[] = [];
      for (const e of events) {
        position += 1n;
        revision += 1n;
        const metadata = asStoredJson(e.metadata) as StoredEvent['metadata'];
        const stored: Omit<StoredEvent, 'hash' | 'previousHash'> = {
          id: e.id ?? randomUUID(),
          streamId,
          revision,
          position,
          type: e.type,
          schemaVersion: e.schemaVersion,
          data: asStoredJson(e.data),
          metadata,
        };
        const hash = hashEvent(stored, previousHash);
        leaves.push(stored);
        const n = params.length;
        tuples.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}::jsonb, $${n + 8}::jsonb, $${n + 9}, $${n + 10})`);
        params.push(
          position.toString(), streamId, revision.toString(), stored.id, stored.type, stored.schemaVersion,
          JSON.stringify(stored.data), JSON.stringify(metadata), hash, previousHash,
        );
        previousHash = hash;
      }
      if (tuples.length > 0) {
        await client.query(`INSERT INTO ${this.s}.events (${COLUMNS}) VALUES ${tuples.join(', ')}`, params);
        await client.query('SELECT pg_notify($1, $2)', [this.channel, position.toString()]);
        // The Merkle tree in the same transaction, under the same lock (postgres-merkle.ts).
        await appendToTree(client, this.s, sizeBefore, leaves, (after) => this.readRange(after, sizeBefore, undefined, this.pageSize));
      }

      const result: AppendResult = { nextRevision: revision, position, replayed: false };
      if (options.idempotencyKey !== undefined) {
        await client.query(
          `INSERT INTO ${this.s}.idempotency (key, stream_id, next_revision, position) VALUES ($1, $2, $3, $4)`,
          [options.idempotencyKey, streamId, revision.toString(), position.toString()],
        );
      }
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw wrap(e, `appending to ${streamId}`);
    } finally {
      client.release();
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const params: unknown[] = [streamId];
    let where = 'stream_id = $1';
    if (options.fromRevision !== undefined) {
      params.push(options.fromRevision.toString());
      where += ` AND revision ${backwards ? '<=' : '>='} $${params.length}`;
    }
    let limit = '';
    if (options.maxCount !== undefined) {
      params.push(options.maxCount);
      limit = ` LIMIT $${params.length}`;
    }
    const rows = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${this.s}.events WHERE ${where} ORDER BY revision ${backwards ? 'DESC' : 'ASC'}${limit}`,
      params,
    );
    return rows.map(toStored);
  }

  async streamRevision(streamId: string): Promise<bigint | null> {
    const rows = await this.query<{ revision: string | null }>(
      `SELECT max(revision) AS revision FROM ${this.s}.events WHERE stream_id = $1`,
      [streamId],
    );
    return rows[0]?.revision == null ? null : toBigInt(rows[0].revision);
  }

  async idempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    const rows = await this.query<{ stream_id: string; next_revision: string; position: string }>(
      `SELECT stream_id, next_revision, position FROM ${this.s}.idempotency WHERE key = $1`,
      [key],
    );
    const row = rows[0];
    return row ? { streamId: row.stream_id, nextRevision: toBigInt(row.next_revision), position: toBigInt(row.position) } : null;
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.readRange(options.after, undefined, options.filter, options.maxCount);
  }

  /** Events with after < position <= upTo matching the filter, in position order. */
  async readRange(after: bigint | undefined, upTo: bigint | undefined, filter: EventFilter | undefined, maxCount?: number): Promise<StoredEvent[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (after !== undefined) {
      params.push(after.toString());
      where.push(`position > $${params.length}`);
    }
    if (upTo !== undefined) {
      params.push(upTo.toString());
      where.push(`position <= $${params.length}`);
    }
    if (filter?.streamPrefixes) {
      params.push(filter.streamPrefixes.map(likePrefix));
      where.push(`stream_id LIKE ANY($${params.length}::text[])`);
    }
    if (filter?.eventTypes) {
      params.push(filter.eventTypes);
      where.push(`type = ANY($${params.length}::text[])`);
    }
    let limit = '';
    if (maxCount !== undefined) {
      params.push(maxCount);
      limit = ` LIMIT $${params.length}`;
    }
    const rows = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${this.s}.events${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY position${limit}`,
      params,
    );
    return rows.map(toStored);
  }

  async headPosition(): Promise<bigint | null> {
    const rows = await this.query<{ position: string | null }>(`SELECT max(position) AS position FROM ${this.s}.events`);
    return rows[0]?.position == null ? null : toBigInt(rows[0].position);
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
    const totalRows = await this.query<{ n: string }>(`SELECT count(*) AS n FROM ${this.s}.events`);
    const total = Number(totalRows[0]?.n ?? 0);
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
    return postgresTreeSource(this.pool, this.s, () => this.headPosition(), (work) => this.underAppendLock(work), (after) => this.readRange(after, undefined, undefined, this.pageSize));
  }

  private async underAppendLock<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [APPEND_LOCK, this.schema]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw wrap(e, 'building the Merkle tree');
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.notifier.close();
    if (this.ownsPool) await this.pool.end();
  }

  private async revisionWith(client: PoolClient, streamId: string): Promise<bigint | null> {
    const r = await client.query<{ revision: string | null }>(
      `SELECT max(revision) AS revision FROM ${this.s}.events WHERE stream_id = $1`,
      [streamId],
    );
    return r.rows[0]?.revision == null ? null : toBigInt(r.rows[0].revision);
  }

  private async connect(): Promise<PoolClient> {
    if (this.closed) throw new StoreUnavailableError('the PostgreSQL event store is closed');
    try {
      return await this.pool.connect();
    } catch (e) {
      throw wrap(e, 'connecting to PostgreSQL');
    }
  }

  private async query<R extends object>(sql: string, params: unknown[] = []): Promise<R[]> {
    if (this.closed) throw new StoreUnavailableError('the PostgreSQL event store is closed');
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (e) {
      throw wrap(e, 'reading the PostgreSQL event store');
    }
  }
}

export const revisionMatches = (expected: ExpectedRevision, current: bigint | null): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return current === null;
    case 'stream-exists':
      return current !== null;
    default:
      return current === expected;
  }
};

const wrap = (e: unknown, doing: string): unknown =>
  isConnectionError(e) ? new StoreUnavailableError(`PostgreSQL unavailable while ${doing}: ${(e as Error).message}`, e) : e;

export const createPostgresEventStore = (options: PostgresEventStoreOptions): Promise<PostgresEventStore> =>
  PostgresEventStore.create(options);
