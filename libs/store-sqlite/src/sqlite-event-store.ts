import { EventEmitter } from 'node:events';
import { resolve as resolvePath } from 'node:path';
import type Database from 'better-sqlite3';
import {
  catchUpSubscription,
  ConcurrencyError,
  verifyChain,
  type AppendOptions,
  type AppendResult,
  type ChainVerification,
  type EventFilter,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type IdempotencyRecord,
  type LeanSlim,
  type LeanStoredEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
} from '@samsyn/event-store';
import type { MerkleTreeSource } from '@samsyn/audit-proofs';
import { mapSqliteError } from './sqlite-errors';
import { sqliteTreeSource } from './merkle/sqlite-tree-source';
import { openDatabase } from './sqlite-schema';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';
import { timeOrderedId } from './time-ordered-id';
import { encodeAppend, errorFrom, inlineBatchWriter, OUTCOME_SLOTS, WriterThread, type BatchOutcome, type WireAppend, type WriterSettings } from './sqlite-writer';

export interface SqliteEventStoreOptions {
  path: string | ':memory:';
  busyTimeoutMs?: number;
  /** Catch-up subscriptions: events per read, and the poll that sees other processes' appends. */
  subscriptionBatchSize?: number;
  subscriptionPollIntervalMs?: number;
  /**
   * Commit in a writer thread with its own connection (default for files; `:memory:` cannot be
   * shared between connections, so it always commits on the store's connection): the commit and
   * its fsync no longer block the event loop.
   */
  writerThread?: boolean;
  /**
   * Keep the Merkle tree (default). `false` exists for the bench only, to measure what the tree
   * costs an append: such a file has no tree for what it appended, and its proofs are wrong.
   */
  merkleTree?: boolean;
}

interface EventRow {
  position: bigint;
  stream_id: string;
  revision: bigint;
  id: string;
  type: string;
  schema_version: bigint;
  data: string;
  metadata: string;
  hash: string;
  previous_hash: string;
}

interface PendingAppend {
  streamId: string;
  expectedRevision: ExpectedRevision;
  wire: WireAppend;
  /** Whether the append writes anything (subscribers are woken only then). */
  writes: boolean;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

const COLUMNS = 'position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash';
const UNLIMITED = -1;
/**
 * The callers one commit answers decide their next commands in one turn. Sent to the writer
 * thread in parts of this size, the first part is syncing while the rest are still being decided:
 * decisions and syncs overlap instead of alternating (workload 2 at concurrency 64 on a quiet
 * machine: about 1.3× the commands per second of one batch per turn).
 */
const EARLY_FLUSH_APPENDS = 32;

// Stores in one process that share a file share a wake-up, so a subscription on one connection
// hears appends made through another at once.
const notifiers = new Map<string, { emitter: EventEmitter; users: number }>();

const toStored = (r: EventRow): StoredEvent => ({
  id: r.id,
  streamId: r.stream_id,
  revision: r.revision,
  position: r.position,
  type: r.type,
  schemaVersion: Number(r.schema_version),
  data: JSON.parse(r.data),
  metadata: JSON.parse(r.metadata),
  hash: r.hash,
  previousHash: r.previous_hash,
});

type LeanRow = [position: number, streamId: string, revision: number, type: string, schemaVersion: number, data: string, metadata: string];

/** Lean rows as events; null when a position or revision is past 2^53 (the caller reads the full way). */
function leanEvents(rows: LeanRow[]): LeanStoredEvent[] | null {
  const out: LeanStoredEvent[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!Number.isSafeInteger(r[0]) || !Number.isSafeInteger(r[2])) return null;
    out[i] = {
      streamId: r[1],
      revision: BigInt(r[2]),
      position: BigInt(r[0]),
      type: r[3],
      schemaVersion: r[4],
      data: JSON.parse(r[5]),
      metadata: JSON.parse(r[6]),
    };
  }
  return out;
}

const limit = (maxCount: number | undefined) => (maxCount === undefined ? UNLIMITED : Math.max(0, Math.floor(maxCount)));

export class SqliteEventStore implements EventStore {
  readonly db: Database.Database;
  private readonly emitter: EventEmitter;
  private readonly notifierKey: string | null;
  private readonly subscriptions = new Set<Subscription>();
  private readonly filterStatements = new Map<string, Database.Statement>();
  private inlineWriter: ((wire: string[]) => BatchOutcome) | null;
  /** The store connection's own writer, for a lone append while the writer thread is idle. */
  private loneWriter: ((wire: string[]) => BatchOutcome) | null = null;
  private writer: WriterThread | null = null;
  private pending: PendingAppend[] = [];
  /** Batches sent to the writer thread and not yet answered. */
  private inFlight = 0;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];
  private readAtStatement: Database.Statement | undefined;
  private leanStatement: Database.Statement | undefined;
  private rangeStatements: { all: Database.Statement; typed: Database.Statement; last: Database.Statement } | undefined;
  private readonly readAtLeanStatements = new Map<string, { all: (positions: string) => LeanRow[] }>();
  private closed = false;
  private tree: MerkleTreeSource | undefined;

  private readonly stmt: {
    streamRevision: Database.Statement;
    idempotencyRecord: Database.Statement;
    head: Database.Statement;
    count: Database.Statement;
    forwards: Database.Statement;
    backwards: Database.Statement;
    forwardsAll: Database.Statement;
    backwardsAll: Database.Statement;
  };

  constructor(private readonly options: SqliteEventStoreOptions) {
    try {
      this.db = openDatabase({ path: options.path, busyTimeoutMs: options.busyTimeoutMs });
    } catch (error) {
      throw mapSqliteError(error, 'open');
    }
    this.notifierKey = options.path === ':memory:' ? null : resolvePath(options.path);
    this.emitter = this.acquireNotifier();
    const db = this.db;
    this.stmt = {
      streamRevision: db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
      idempotencyRecord: db.prepare('SELECT stream_id, next_revision, position FROM idempotency WHERE key = ?'),
      head: db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
      count: db.prepare('SELECT COUNT(*) AS n FROM events'),
      forwards: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`),
      backwards: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`),
      // Without a LIMIT parameter: a bound LIMIT makes SQLite's stream read several times slower
      // (about 18 µs instead of 3 µs for an empty tail), and a command reads a tail per stream.
      forwardsAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC`),
      backwardsAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC`),
    };
    const threaded = options.writerThread ?? options.path !== ':memory:';
    this.inlineWriter = threaded ? null : inlineBatchWriter(db, options.merkleTree);
  }

  /**
   * Group commit: appends requested in the same turn of the event loop are committed together in
   * one transaction, hence one WAL sync, on the next turn; with the writer thread, the batches
   * that reach it while it is syncing the previous commit are committed together next. Each is
   * still checked against its own expected revision and idempotency key, and each caller hears its
   * own result or error; an append is acknowledged only after the commit that made it durable.
   */
  async append(streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const wire = prepare(streamId, events, options);
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, expectedRevision: options.expectedRevision, wire, writes: events.length > 0, resolve, reject });
      if (this.pending.length >= EARLY_FLUSH_APPENDS && !this.inlineWriter) this.flush();
      else this.schedule();
    });
  }

  /** The writer connection's settings (the connection that commits, hence syncs). */
  async writerSettings(): Promise<WriterSettings> {
    this.assertOpen();
    const thread = this.writerThread();
    if (!thread) {
      return {
        journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
        synchronous: this.db.pragma('synchronous', { simple: true }) as bigint,
        busyTimeout: this.db.pragma('busy_timeout', { simple: true }) as bigint,
      };
    }
    return thread.settings();
  }

  private schedule(): void {
    if (this.scheduled || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.pending.length === 0) return this.wakeIdle();
    const appends = this.pending;
    this.pending = [];
    const batch = appends.length === 1 ? appends[0].wire : appends.flatMap((a) => a.wire);
    // A lone append with nothing in flight has nothing to overlap its sync with: committing it
    // here saves the round trip to the writer thread (an awaited append at a time is about 1.5×
    // as fast). Nothing of the writer thread's is pending, so the order of commits is kept.
    if (appends.length === 1 && this.inFlight === 0 && !this.inlineWriter) {
      this.loneWriter ??= inlineBatchWriter(this.db, this.options.merkleTree);
      this.settle(appends, this.closed ? closedOutcome() : this.loneWriter(batch));
      return this.wakeIdle();
    }
    const writer = this.writerThread();
    if (!writer) {
      this.settle(appends, this.closed ? closedOutcome() : this.inlineWriter!(batch));
      return this.wakeIdle();
    }
    this.inFlight++;
    writer.write(appends.length, batch).then(
      (outcome) => this.afterCommit(appends, outcome),
      (error) => this.afterCommit(appends, { ok: false, failure: { message: String((error as Error)?.message ?? error), error } }),
    );
  }

  private afterCommit(appends: PendingAppend[], outcome: BatchOutcome): void {
    this.inFlight--;
    this.settle(appends, outcome);
    this.wakeIdle();
  }

  private settle(appends: PendingAppend[], outcome: BatchOutcome): void {
    if (!outcome.ok) {
      // The commit itself failed (I/O, lock timeout): nothing of the batch is durable.
      const error = errorFrom(outcome.failure);
      for (const a of appends) a.reject(mapSqliteError(error, 'append', a.streamId));
      return;
    }
    const o = outcome.outcomes;
    let wrote = false;
    for (let i = 0; i < appends.length; i++) if (o[i * OUTCOME_SLOTS] === 0 && o[i * OUTCOME_SLOTS + 3] === 0 && appends[i].writes) wrote = true;
    if (wrote) this.emitter.emit('appended');
    appends.forEach((a, i) => {
      const at = i * OUTCOME_SLOTS;
      if (o[at] === 0) a.resolve({ nextRevision: o[at + 1] as bigint, position: o[at + 2] as bigint, replayed: o[at + 3] === 1 });
      else if (o[at] === 1) a.reject(new ConcurrencyError(a.streamId, a.expectedRevision, o[at + 1] as bigint | null));
      else a.reject(mapSqliteError(errorFrom({ code: (o[at + 1] as string | null) ?? undefined, message: o[at + 2] as string }), 'append', a.streamId));
    });
  }

  /**
   * The writer thread, started on first use and again after a crash; null when the store commits
   * on its own connection — by choice, or because no writer thread could start here (then the
   * batch it was given failed as StoreUnavailableError and the store commits inline from now on).
   */
  private writerThread(): WriterThread | null {
    if (this.inlineWriter) return null;
    if (this.writer && !this.writer.failed) return this.writer;
    const old = this.writer;
    this.writer = null;
    if (old) void old.close();
    try {
      if (old && !old.answered) throw new Error('the writer thread failed before its first answer');
      this.writer = new WriterThread(resolvePath(this.options.path), Math.max(0, Math.floor(this.options.busyTimeoutMs ?? 5000)), this.options.merkleTree);
      return this.writer;
    } catch {
      this.inlineWriter = inlineBatchWriter(this.db, this.options.merkleTree);
      return null;
    }
  }

  private wakeIdle(): void {
    if (this.inFlight > 0 || this.pending.length > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when every append accepted so far has been committed (or refused). */
  private async drained(): Promise<void> {
    while (this.inFlight > 0 || this.pending.length > 0) {
      const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      this.flush();
      await idle;
    }
  }

  private currentRevision(streamId: string): bigint | null {
    return (this.stmt.streamRevision.get(streamId) as { revision: bigint | null }).revision;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.readRows('readStream', () => {
      if (options.direction === 'backwards') {
        const from = options.fromRevision ?? this.currentRevision(streamId);
        if (from === null) return [];
        if (options.maxCount === undefined) return this.stmt.backwardsAll.all(streamId, from) as EventRow[];
        return this.stmt.backwards.all(streamId, from, limit(options.maxCount)) as EventRow[];
      }
      if (options.maxCount === undefined) return this.stmt.forwardsAll.all(streamId, options.fromRevision ?? 0n) as EventRow[];
      return this.stmt.forwards.all(streamId, options.fromRevision ?? 0n, limit(options.maxCount)) as EventRow[];
    });
  }

  async streamRevision(streamId: string): Promise<bigint | null> {
    this.assertOpen();
    return this.read('streamRevision', () => this.currentRevision(streamId));
  }

  async idempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    this.assertOpen();
    const row = this.read('idempotencyRecord', () => this.stmt.idempotencyRecord.get(key) as { stream_id: string; next_revision: bigint; position: bigint } | undefined);
    return row ? { streamId: row.stream_id, nextRevision: BigInt(row.next_revision), position: BigInt(row.position) } : null;
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.readRows('readAll', () => {
      const { sql, params } = filterSql(options.filter);
      let stmt = this.filterStatements.get(sql);
      if (!stmt) {
        stmt = this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ?${sql} ORDER BY position ASC LIMIT ?`);
        this.filterStatements.set(sql, stmt);
      }
      return stmt.all(options.after ?? 0n, ...params, limit(options.maxCount)) as EventRow[];
    });
  }

  /**
   * Not part of the port: the events at these global positions, in position order (positions
   * with no event are skipped), in one statement — for read models that keep positions and
   * render from the events (a stakeholder's history).
   */
  async readAt(positions: readonly bigint[]): Promise<StoredEvent[]> {
    this.assertOpen();
    if (positions.length === 0) return [];
    return this.readRows('readAt', () => {
      this.readAtStatement ??= this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position ASC`);
      return this.readAtStatement.all(`[${positions.join(',')}]`) as EventRow[];
    });
  }

  /**
   * Not part of the port: readAt minus the id and the hash chain, rows as arrays with plain
   * numbers (as readAllLean), for rendering from events. `slim` names, per event type and
   * schema version, JSON paths of the data the caller does not need (a ProcessRevised carries a
   * whole process definition): they are removed in SQLite before the text reaches JSON.parse.
   * Only events of exactly that type and version are slimmed; any other version (one an upcaster
   * will lift) comes whole.
   */
  async readAtLean(positions: readonly bigint[], slim: readonly LeanSlim[] = []): Promise<LeanStoredEvent[]> {
    this.assertOpen();
    if (positions.length === 0) return [];
    const key = JSON.stringify(slim);
    let stmt = this.readAtLeanStatements.get(key);
    if (!stmt) {
      const params: (string | number)[] = [];
      let data = 'data';
      if (slim.length > 0) {
        data = `CASE ${slim
          .map((s) => {
            if (s.paths.length === 0) return '';
            params.push(s.type, s.schemaVersion, ...s.paths);
            return `WHEN type = ? AND schema_version = ? THEN json_remove(data, ${s.paths.map(() => '?').join(', ')})`;
          })
          .join(' ')} ELSE data END`;
        if (params.length === 0) data = 'data';
      }
      const sql = `SELECT position, stream_id, revision, type, schema_version, ${data}, metadata FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position ASC`;
      const prepared = this.db.prepare(sql).safeIntegers(false).raw(true);
      stmt = { all: (list: string) => prepared.all(...params, list) as LeanRow[] };
      if (this.readAtLeanStatements.size < 16) this.readAtLeanStatements.set(key, stmt);
    }
    const run = stmt;
    const rows = this.read('readAtLean', () => run.all(`[${positions.join(',')}]`));
    return leanEvents(rows) ?? this.readAt(positions);
  }

  /**
   * Not part of the port: the events with positions in (after, upTo] — of these types only, when
   * given — lean as readAllLean, for a replay from a snapshot to a target position (time travel).
   * The range bounds the scan of the position key, so the type filter is applied to the rows of
   * the range (never by walking the type index to the end of the log), and the data of the other
   * types is neither read out nor parsed. `last` is the greatest position of any event in the
   * range (null: none), whatever its type.
   */
  async readRangeLean(range: { after: bigint; upTo: bigint; types?: readonly string[] }): Promise<{ events: LeanStoredEvent[]; last: bigint | null }> {
    this.assertOpen();
    const { after, upTo, types } = range;
    if (upTo <= after) return { events: [], last: null };
    if (after < BigInt(Number.MIN_SAFE_INTEGER) || upTo > BigInt(Number.MAX_SAFE_INTEGER)) return this.readRangeFull(range);
    const rows = this.read('readRangeLean', () => {
      this.rangeStatements ??= {
        all: this.db
          .prepare('SELECT position, stream_id, revision, type, schema_version, data, metadata FROM events WHERE position > ? AND position <= ? ORDER BY position ASC')
          .safeIntegers(false)
          .raw(true),
        // `+type`: filter the rows of the range, do not look them up by the type index.
        typed: this.db
          .prepare('SELECT position, stream_id, revision, type, schema_version, data, metadata FROM events WHERE position > ? AND position <= ? AND +type IN (SELECT value FROM json_each(?)) ORDER BY position ASC')
          .safeIntegers(false)
          .raw(true),
        last: this.db.prepare('SELECT position FROM events WHERE position > ? AND position <= ? ORDER BY position DESC LIMIT 1').safeIntegers(false).pluck(true),
      };
      const a = Number(after);
      const b = Number(upTo);
      const found = types ? this.rangeStatements.typed.all(a, b, JSON.stringify(types)) : this.rangeStatements.all.all(a, b);
      return { found: found as LeanRow[], last: this.rangeStatements.last.get(a, b) as number | undefined };
    });
    const events = leanEvents(rows.found);
    if (!events) return this.readRangeFull(range);
    return { events, last: rows.last === undefined ? null : BigInt(rows.last) };
  }

  /** readRangeLean through readAll, for numbers past 2^53 (positions are distinct: at most upTo − after rows). */
  private async readRangeFull({ after, upTo, types }: { after: bigint; upTo: bigint; types?: readonly string[] }) {
    const events = (await this.readAll({ after, maxCount: Number(upTo - after) })).filter((e) => e.position <= upTo);
    return { events: types ? events.filter((e) => types.includes(e.type)) : events, last: events.length ? events[events.length - 1].position : null };
  }

  /**
   * Not part of the port: readAll without a filter, minus the id and the hash chain, for
   * projections catching up (a rebuild reads a million rows). Rows come as arrays with plain
   * numbers and only position and revision become bigints: the full row — three more strings, a
   * row object and four native bigints per event — costs half again what the JSON.parse does.
   * Numbers past 2^53 would be imprecise: such a page is read the full way instead.
   */
  async readAllLean(options: { after?: bigint; maxCount?: number } = {}): Promise<LeanStoredEvent[]> {
    this.assertOpen();
    const rows = this.read('readAllLean', () => {
      this.leanStatement ??= this.db
        .prepare('SELECT position, stream_id, revision, type, schema_version, data, metadata FROM events WHERE position > ? ORDER BY position ASC LIMIT ?')
        .safeIntegers(false)
        .raw(true);
      return this.leanStatement.all(options.after ?? 0n, limit(options.maxCount)) as LeanRow[];
    });
    return leanEvents(rows) ?? this.readAll(options);
  }

  async headPosition(): Promise<bigint | null> {
    this.assertOpen();
    return this.read('headPosition', () => (this.stmt.head.get() as { position: bigint } | undefined)?.position ?? null);
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const subscription = catchUpSubscription(
      {
        readAll: (o) => this.readAll(o),
        headPosition: () => this.headPosition(),
        onAppended: (listener) => {
          this.emitter.on('appended', listener);
          return () => this.emitter.off('appended', listener);
        },
      },
      options,
      { batchSize: this.options.subscriptionBatchSize, pollIntervalMs: this.options.subscriptionPollIntervalMs },
    );
    this.subscriptions.add(subscription);
    return {
      caughtUp: subscription.caughtUp,
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async verifyChain(onProgress?: (checked: number, total: number) => void): Promise<ChainVerification> {
    this.assertOpen();
    const total = Number((this.stmt.count.get() as { n: bigint }).n);
    const batches = async function* (store: SqliteEventStore) {
      let after = 0n;
      for (;;) {
        const batch = await store.readAll({ after, maxCount: 1000 });
        yield* batch;
        if (batch.length < 1000) return;
        after = batch[batch.length - 1].position;
      }
    };
    return verifyChain(batches(this), { gapless: true, onProgress: (checked) => onProgress?.(checked, total) });
  }

  /** The Merkle tree over every event, kept in the append's transaction (merkle/). */
  merkleTree(): MerkleTreeSource {
    this.assertOpen();
    return (this.tree ??= sqliteTreeSource(this.db));
  }

  /** Compare-and-set checkpoints in the same file. */
  checkpoints(): SqliteCheckpointStore {
    return new SqliteCheckpointStore(this.db);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    // Appends already accepted are committed before the file closes.
    await this.drained();
    this.closed = true;
    this.releaseNotifier();
    await this.writer?.close();
    this.writer = null;
    this.db.close();
  }

  private read<T>(context: string, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw mapSqliteError(error, context);
    }
  }

  private readRows(context: string, fn: () => EventRow[]): StoredEvent[] {
    return this.read(context, fn).map(toStored);
  }

  private assertOpen() {
    if (this.closed) throw new Error('the SQLite event store is closed');
  }

  private acquireNotifier(): EventEmitter {
    if (this.notifierKey === null) return new EventEmitter().setMaxListeners(0);
    let n = notifiers.get(this.notifierKey);
    if (!n) notifiers.set(this.notifierKey, (n = { emitter: new EventEmitter().setMaxListeners(0), users: 0 }));
    n.users++;
    return n.emitter;
  }

  private releaseNotifier() {
    if (this.notifierKey === null) return;
    const n = notifiers.get(this.notifierKey);
    if (n && --n.users === 0) notifiers.delete(this.notifierKey);
  }
}

/** What the caller's turn does: ids and the stored JSON. The writer derives the hash chain's
 * canonical text from that JSON (see batchWriter). */
function prepare(streamId: string, events: EventToAppend[], { expectedRevision, idempotencyKey }: AppendOptions): WireAppend {
  return encodeAppend(
    streamId,
    expectedRevision,
    idempotencyKey,
    events.map((e) => {
      const id = e.id ?? timeOrderedId();
      return { id, type: e.type, schemaVersion: e.schemaVersion, data: JSON.stringify(e.data === undefined ? null : e.data), metadata: JSON.stringify(e.metadata) };
    }),
  );
}

const closedOutcome = (): BatchOutcome => ({ ok: false, failure: { message: 'the SQLite event store is closed' } });

/** Prefixes compare literally (substr, not LIKE: LIKE is case-insensitive and treats % and _). */
function filterSql(filter: EventFilter | undefined): { sql: string; params: string[] } {
  let sql = '';
  const params: string[] = [];
  if (filter?.streamPrefixes) {
    if (filter.streamPrefixes.length === 0) return { sql: ' AND 0', params };
    sql += ` AND (${filter.streamPrefixes.map(() => 'substr(stream_id, 1, length(?)) = ?').join(' OR ')})`;
    for (const p of filter.streamPrefixes) params.push(p, p);
  }
  if (filter?.eventTypes) {
    if (filter.eventTypes.length === 0) return { sql: ' AND 0', params: [] };
    sql += ` AND type IN (${filter.eventTypes.map(() => '?').join(', ')})`;
    params.push(...filter.eventTypes);
  }
  return { sql, params };
}

export const sqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => new SqliteEventStore(options);
