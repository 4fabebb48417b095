import { resolve as resolvePath } from 'node:path';
import type Database from 'better-sqlite3';
import { ConcurrencyError, type AppendOptions, type AppendResult, type EventToAppend, type ExpectedRevision } from '@samsyn/event-store';
import { mapSqliteError } from './sqlite-errors';
import { timeOrderedId } from './time-ordered-id';
import { inlineBatchWriter } from './writer/batch-writer';
import { encodeAppend, errorFrom, OUTCOME_SLOTS, type BatchOutcome, type WireAppend } from './writer/wire-format';
import { WriterThread, type WriterSettings } from './writer/writer-thread';

export interface GroupCommitOptions {
  /** The store's file; the writer thread opens a connection of its own to it. */
  path: string;
  busyTimeoutMs?: number;
  /** Commit in the writer thread (else always on the store's connection). */
  writerThread: boolean;
  merkleTree?: boolean;
  /** Called after a commit that wrote events (the subscriptions' wake-up). */
  onAppended: () => void;
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

/**
 * The callers one commit answers decide their next commands in one turn. Sent to the writer
 * thread in parts of this size, the first part is syncing while the rest are still being decided:
 * decisions and syncs overlap instead of alternating (docs/performance.md).
 */
const EARLY_FLUSH_APPENDS = 32;

const closedOutcome = (): BatchOutcome => ({ ok: false, failure: { message: 'the SQLite event store is closed' } });

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

/**
 * Group commit: appends requested in the same turn of the event loop are committed together in
 * one transaction, hence one WAL sync, on the next turn; with the writer thread, the batches
 * that reach it while it is syncing the previous commit are committed together next. Each is
 * still checked against its own expected revision and idempotency key, and each caller hears its
 * own result or error; an append is acknowledged only after the commit that made it durable.
 */
export class GroupCommit {
  private inlineWriter: ((wire: string[]) => BatchOutcome) | null;
  /** The store connection's own writer, for a lone append while the writer thread is idle. */
  private loneWriter: ((wire: string[]) => BatchOutcome) | null = null;
  private writer: WriterThread | null = null;
  private pending: PendingAppend[] = [];
  /** Batches sent to the writer thread and not yet answered. */
  private inFlight = 0;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];
  private closed = false;

  constructor(
    private readonly db: Database.Database,
    private readonly options: GroupCommitOptions,
  ) {
    this.inlineWriter = options.writerThread ? null : inlineBatchWriter(db, options.merkleTree);
  }

  append(streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    const wire = prepare(streamId, events, options);
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, expectedRevision: options.expectedRevision, wire, writes: events.length > 0, resolve, reject });
      if (this.pending.length >= EARLY_FLUSH_APPENDS && !this.inlineWriter) this.flush();
      else this.schedule();
    });
  }

  /** The writer connection's settings (the connection that commits, hence syncs). */
  async writerSettings(): Promise<WriterSettings> {
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

  /** Resolves when every append accepted so far has been committed (or refused). */
  async drained(): Promise<void> {
    while (this.inFlight > 0 || this.pending.length > 0) {
      const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      this.flush();
      await idle;
    }
  }

  /** After drained(): nothing more is committed, and the writer thread stops. */
  async close(): Promise<void> {
    this.closed = true;
    await this.writer?.close();
    this.writer = null;
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
    // here saves the round trip to the writer thread. Nothing of the writer thread's is pending,
    // so the order of commits is kept.
    if (appends.length === 1 && this.inFlight === 0 && !this.inlineWriter) {
      this.loneWriter ??= inlineBatchWriter(this.db, this.options.merkleTree);
      this.answerCallers(appends, this.closed ? closedOutcome() : this.loneWriter(batch));
      return this.wakeIdle();
    }
    const writer = this.writerThread();
    if (!writer) {
      this.answerCallers(appends, this.closed ? closedOutcome() : this.inlineWriter!(batch));
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
    this.answerCallers(appends, outcome);
    this.wakeIdle();
  }

  /** Each caller hears its own append's outcome; subscribers are woken when anything was written. */
  private answerCallers(appends: PendingAppend[], outcome: BatchOutcome): void {
    if (!outcome.ok) {
      // The commit itself failed (I/O, lock timeout): nothing of the batch is durable.
      const error = errorFrom(outcome.failure);
      for (const a of appends) a.reject(mapSqliteError(error, 'append', a.streamId));
      return;
    }
    const o = outcome.outcomes;
    let wrote = false;
    for (let i = 0; i < appends.length; i++) if (o[i * OUTCOME_SLOTS] === 0 && o[i * OUTCOME_SLOTS + 3] === 0 && appends[i].writes) wrote = true;
    if (wrote) this.options.onAppended();
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
}
