import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { GENESIS_HASH, StoreUnavailableError, type ExpectedRevision } from '@samsyn/event-store';

/**
 * The write side of the SQLite store: one group-commit transaction per batch of appends. It runs
 * either on the store's own connection (`:memory:`, or `writerThread: false`) or in a writer
 * thread with a connection of its own, so that the commit and its fsync (synchronous=FULL) do not
 * block the event loop: the next batch's commands are read and decided meanwhile, and each
 * caller is still answered only after the commit that made its append durable.
 */

/** An append as the writer takes it: everything that needs no lock is computed before (ids, the
 * JSON of data and metadata, the canonical text of the hash chain around position and revision). */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
  /** The canonical JSON of the hashed content is `head + "<position>","revision":"<revision>" + tail`. */
  head: string;
  tail: string;
}

export interface PreparedAppend {
  streamId: string;
  expectedRevision: ExpectedRevision;
  idempotencyKey?: string;
  events: PreparedEvent[];
}

/** A driver error that crossed a thread: its SQLite code survives (mapSqliteError needs it). */
export interface ErrorDescriptor {
  code?: string;
  message: string;
  /** The original error, when it did not cross a thread. */
  error?: unknown;
}

export type WriteOutcome =
  | { ok: true; nextRevision: bigint; position: bigint; replayed: boolean }
  | { ok: false; conflict: { expected: ExpectedRevision; actual: bigint | null } }
  | { ok: false; failure: ErrorDescriptor };

/** The commit failed (lock timeout, I/O): nothing of the batch is durable. */
export type BatchOutcome = { ok: true; outcomes: WriteOutcome[] } | { ok: false; failure: ErrorDescriptor };

export const errorFrom = (d: ErrorDescriptor): unknown => d.error ?? Object.assign(new Error(d.message), d.code === undefined ? {} : { code: d.code });

/**
 * The batch transaction on a connection. BEGIN IMMEDIATE takes the write lock before anything is
 * read, so no other connection can append between the checks and the writes; each append runs
 * in its own savepoint with its own idempotency and expected-revision check, so a refused or
 * failing append rolls back alone and the next one continues the chain and the positions from
 * where the last successful one left them (no gap).
 *
 * SELF-CONTAINED: the writer thread runs this function from its source text, so its body may use
 * nothing but its parameters (no imports, no module-level names). Keep it that way.
 */
/* istanbul ignore next */
export function batchWriter(db: Database.Database, sha256: (previousHash: string, text: string) => string, genesisHash: string): (appends: PreparedAppend[]) => BatchOutcome {
  const stmt = {
    streamRevision: db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
    head: db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
    insert: db.prepare(
      'INSERT INTO events (position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    idempotencyGet: db.prepare('SELECT next_revision, position FROM idempotency WHERE key = ?'),
    idempotencyPut: db.prepare('INSERT INTO idempotency (key, stream_id, next_revision, position) VALUES (?, ?, ?, ?)'),
  };
  type Head = { position: bigint; hash: string };
  const describe = (error: unknown) => ({ code: (error as { code?: string })?.code, message: String((error as Error)?.message ?? error) });

  // One append in its savepoint; the head it continues from is passed in and handed back, since
  // nobody else can write while the batch holds the lock.
  const one = db.transaction((a: PreparedAppend, head: Head): { outcome: WriteOutcome; head: Head } => {
    if (a.idempotencyKey !== undefined) {
      const first = stmt.idempotencyGet.get(a.idempotencyKey) as { next_revision: bigint; position: bigint } | undefined;
      if (first) return { outcome: { ok: true, nextRevision: first.next_revision, position: first.position, replayed: true }, head };
    }
    const current = (stmt.streamRevision.get(a.streamId) as { revision: bigint | null }).revision;
    const expected = a.expectedRevision;
    const fits =
      expected === 'any' ||
      (expected === 'no-stream' && current === null) ||
      (expected === 'stream-exists' && current !== null) ||
      (typeof expected === 'bigint' && current === expected);
    if (!fits) return { outcome: { ok: false, conflict: { expected, actual: current } }, head };
    let position = head.position;
    let previousHash = head.hash;
    let revision = current ?? -1n;
    for (const e of a.events) {
      position += 1n;
      revision += 1n;
      const hash = sha256(previousHash, e.head + '"' + position + '","revision":"' + revision + '"' + e.tail);
      stmt.insert.run(position, a.streamId, revision, e.id, e.type, e.schemaVersion, e.data, e.metadata, hash, previousHash);
      previousHash = hash;
    }
    if (a.idempotencyKey !== undefined) stmt.idempotencyPut.run(a.idempotencyKey, a.streamId, revision, position);
    return { outcome: { ok: true, nextRevision: revision, position, replayed: false }, head: { position, hash: previousHash } };
  });

  const batch = db.transaction((appends: PreparedAppend[]): WriteOutcome[] => {
    const last = stmt.head.get() as Head | undefined;
    let head: Head = last ? { position: last.position, hash: last.hash } : { position: 0n, hash: genesisHash };
    return appends.map((a) => {
      try {
        const r = one(a, head);
        head = r.head;
        return r.outcome;
      } catch (error) {
        return { ok: false, failure: describe(error) };
      }
    });
  });

  return (appends) => {
    try {
      return { ok: true, outcomes: batch.immediate(appends) };
    } catch (error) {
      return { ok: false, failure: describe(error) };
    }
  };
}

interface WriterThreadData {
  path: string;
  busyTimeoutMs: number;
  betterSqlite3: string;
  genesisHash: string;
}

type ToWriter = { kind: 'batch'; id: number; appends: PreparedAppend[] } | { kind: 'settings'; id: number } | { kind: 'close'; id: number };

export interface WriterSettings {
  journalMode: string;
  synchronous: bigint;
  busyTimeout: bigint;
}

/* SELF-CONTAINED as batchWriter: runs in the writer thread from its source text. */
/* istanbul ignore next */
function writerThreadMain(
  data: WriterThreadData,
  port: import('node:worker_threads').MessagePort,
  load: NodeRequire,
  makeWriter: typeof batchWriter,
): void {
  const Sqlite = load(data.betterSqlite3) as typeof Database;
  const { createHash: hashOf } = load('node:crypto') as typeof import('node:crypto');
  const db = new Sqlite(data.path);
  db.defaultSafeIntegers(true);
  db.pragma(`busy_timeout = ${data.busyTimeoutMs}`);
  // The commits happen on this connection: it is the one that must sync every commit.
  db.pragma('synchronous = FULL');
  const write = makeWriter(db, (previous, text) => hashOf('sha256').update(previous).update(text).digest('hex'), data.genesisHash);
  // Batches that arrive while a commit is syncing are committed together on the next turn: one
  // transaction, one sync; each batch gets its own answer.
  let queued: Array<{ id: number; appends: PreparedAppend[] }> = [];
  const commitQueued = () => {
    const batches = queued;
    queued = [];
    const outcome = write(batches.length === 1 ? batches[0].appends : batches.flatMap((b) => b.appends));
    let offset = 0;
    for (const b of batches) {
      const value = outcome.ok ? { ok: true, outcomes: outcome.outcomes.slice(offset, offset + b.appends.length) } : outcome;
      offset += b.appends.length;
      port.postMessage({ id: b.id, value });
    }
  };
  port.on('message', (m: ToWriter) => {
    if (m.kind === 'batch') {
      if (queued.length === 0) setImmediate(commitQueued);
      queued.push({ id: m.id, appends: m.appends });
    } else if (m.kind === 'settings') {
      const value = {
        journalMode: db.pragma('journal_mode', { simple: true }),
        synchronous: db.pragma('synchronous', { simple: true }),
        busyTimeout: db.pragma('busy_timeout', { simple: true }),
      };
      port.postMessage({ id: m.id, value });
    } else {
      if (queued.length > 0) commitQueued();
      db.close();
      port.postMessage({ id: m.id, value: null });
      port.close();
    }
  });
}

const WRITER_SOURCE = `'use strict';
const { workerData, parentPort } = require('node:worker_threads');
const batchWriter = (${batchWriter.toString()});
(${writerThreadMain.toString()})(workerData, parentPort, require, batchWriter);
`;

/** The writer thread, seen from the store: requests answered in order; a crashed thread fails
 * what it was asked and the store starts another. It keeps the process alive only while it owes
 * an answer. */
export class WriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private nextId = 1;
  private failure: unknown = null;
  private readonly exited: Promise<void>;

  constructor(path: string, busyTimeoutMs: number) {
    const workerData: WriterThreadData = { path, busyTimeoutMs, betterSqlite3: require.resolve('better-sqlite3'), genesisHash: GENESIS_HASH };
    this.worker = new Worker(WRITER_SOURCE, { eval: true, workerData });
    this.worker.unref();
    this.worker.on('message', (m: { id: number; value: unknown }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) this.worker.unref();
      w?.resolve(m.value);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.exited = new Promise((resolve) => this.worker.on('exit', () => {
      this.fail(new Error('the SQLite writer thread exited'));
      resolve();
    }));
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  write(appends: PreparedAppend[]): Promise<BatchOutcome> {
    return this.request({ kind: 'batch', id: 0, appends }) as Promise<BatchOutcome>;
  }

  settings(): Promise<WriterSettings> {
    return this.request({ kind: 'settings', id: 0 }) as Promise<WriterSettings>;
  }

  async close(): Promise<void> {
    if (!this.failed) await this.request({ kind: 'close', id: 0 }).catch(() => undefined);
    await this.worker.terminate();
    await this.exited;
  }

  private request(message: ToWriter): Promise<unknown> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private fail(error: unknown): void {
    if (this.failure === null) this.failure = new StoreUnavailableError(`sqlite append: the writer thread failed: ${(error as Error)?.message ?? error}`, error);
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }
}

/** The inline writer's hash: the same sha-256 the writer thread uses. */
export const sha256Hex = (previousHash: string, text: string): string => createHash('sha256').update(previousHash).update(text).digest('hex');
