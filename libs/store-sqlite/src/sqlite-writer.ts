import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { canonicalEncoder, GENESIS_HASH, hashParts, hashPartsWith, StoreUnavailableError, type ExpectedRevision, type HashParts } from '@samsyn/event-store';
import { merkleWriter, type MerkleWriter, type WriterTree } from './merkle/sqlite-merkle-writer';
import { inlineMerkleWriter } from './merkle/inline-merkle-writer';

/**
 * The write side of the SQLite store: one group-commit transaction per batch of appends. It runs
 * either on the store's own connection (`:memory:`, or `writerThread: false`) or in a writer
 * thread with a connection of its own, so that the commit and its fsync (synchronous=FULL) do not
 * block the event loop: the next batch's commands are read and decided meanwhile, and each
 * caller is still answered only after the commit that made its append durable.
 */

/** An event as the writer takes it: its id, and data and metadata as the JSON that is stored. */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

/**
 * An append on its way to the writer, flat: `[streamId, expected, key, eventCount, …5 strings per
 * event (id, type, schemaVersion, data, metadata)]`, where expected is `r<revision>`,
 * `no-stream`, `any` or `stream-exists` and key is `''` (none) or `k<key>`. A batch is the
 * concatenation of its appends. Flat strings cross to the writer thread several times cheaper
 * than the same content as objects.
 */
export type WireAppend = string[];

// Anything else (no valid expectation) travels as `?…` and fits no stream.
const NAMED_EXPECTATIONS: ReadonlySet<string> = new Set(['no-stream', 'any', 'stream-exists']);

export function encodeAppend(streamId: string, expectedRevision: ExpectedRevision, idempotencyKey: string | undefined, events: PreparedEvent[]): WireAppend {
  const expected = typeof expectedRevision === 'bigint' ? `r${expectedRevision}` : NAMED_EXPECTATIONS.has(expectedRevision) ? expectedRevision : `?${String(expectedRevision)}`;
  const wire = [streamId, expected, idempotencyKey === undefined ? '' : `k${idempotencyKey}`, String(events.length)];
  for (const e of events) wire.push(e.id, e.type, String(e.schemaVersion), e.data, e.metadata);
  return wire;
}

/**
 * The outcomes of a batch, flat, four slots per append in batch order: `[0, nextRevision,
 * position, replayed 0|1]` appended (or replayed), `[1, actualRevision | null, 0, 0]` refused by
 * its expected revision, `[2, SQLite code | null, message, 0]` failed (its savepoint rolled back).
 */
export type WireOutcomes = Array<number | bigint | string | null>;
export const OUTCOME_SLOTS = 4;

/** A driver error that crossed a thread: its SQLite code survives (mapSqliteError needs it). */
export interface ErrorDescriptor {
  code?: string;
  message: string;
  /** The original error, when it did not cross a thread. */
  error?: unknown;
}

/** The commit failed (lock timeout, I/O): nothing of the batch is durable. */
export type BatchOutcome = { ok: true; outcomes: WireOutcomes } | { ok: false; failure: ErrorDescriptor };

export const errorFrom = (d: ErrorDescriptor): unknown => d.error ?? Object.assign(new Error(d.message), d.code === undefined ? {} : { code: d.code });

/**
 * The batch transaction on a connection. BEGIN IMMEDIATE takes the write lock before anything is
 * read, so no other connection can append between the checks and the writes; each append runs
 * in its own savepoint with its own idempotency and expected-revision check, so a refused or
 * failing append rolls back alone and the next one continues the chain and the positions from
 * where the last successful one left them (no gap).
 *
 * The hash chain covers what is stored: each event's canonical text is computed from its stored
 * JSON read back (JSON.parse), exactly what verifyChain recomputes, and before the lock is taken
 * (only position and revision are spliced in under it, see HashParts).
 *
 * The Merkle tree (merkle/sqlite-merkle-writer.ts) gets each event's canonical text as its leaf in
 * the same savepoint, so the tree and the events commit or roll back together.
 *
 * SELF-CONTAINED: the writer thread runs this function from its source text, so its body may use
 * nothing but its parameters (no imports, no module-level names). Keep it that way.
 */
/* istanbul ignore next */
export function batchWriter(
  db: Database.Database,
  sha256: (previousHash: string, text: string) => string,
  genesisHash: string,
  partsOf: (content: { id: string; streamId: string; type: string; schemaVersion: number; data: unknown; metadata: never }) => HashParts,
  tree: MerkleWriter,
): (wire: string[]) => BatchOutcome {
  const stmt = {
    streamRevision: db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
    head: db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
    insert: db.prepare(
      'INSERT INTO events (position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    idempotencyGet: db.prepare('SELECT next_revision, position FROM idempotency WHERE key = ?'),
    idempotencyPut: db.prepare('INSERT INTO idempotency (key, stream_id, next_revision, position) VALUES (?, ?, ?, ?)'),
  };
  type Head = { position: bigint; hash: string; tree: WriterTree };
  const describe = (error: unknown) => ({ code: (error as { code?: string })?.code, message: String((error as Error)?.message ?? error) });

  // One append (the one at `at` in the wire) in its savepoint, its outcome pushed to `out`; the
  // head it continues from is passed in and handed back, since nobody else can write while the
  // batch holds the lock.
  const one = db.transaction((wire: string[], at: number, parts: HashParts[], out: WireOutcomes, head: Head): Head => {
    const streamId = wire[at];
    const expected = wire[at + 1];
    const key = wire[at + 2] === '' ? undefined : wire[at + 2].slice(1);
    const count = Number(wire[at + 3]);
    if (key !== undefined) {
      const first = stmt.idempotencyGet.get(key) as { next_revision: bigint; position: bigint } | undefined;
      if (first) {
        out.push(0, first.next_revision, first.position, 1);
        return head;
      }
    }
    const current = (stmt.streamRevision.get(streamId) as { revision: bigint | null }).revision;
    const fits =
      expected === 'any' ||
      (expected === 'no-stream' && current === null) ||
      (expected === 'stream-exists' && current !== null) ||
      (expected[0] === 'r' && current !== null && current === BigInt(expected.slice(1)));
    if (!fits) {
      out.push(1, current, 0, 0);
      return head;
    }
    let position = head.position;
    let previousHash = head.hash;
    let leaves = head.tree;
    let revision = current ?? -1n;
    for (let i = 0, e = at + 4; i < count; i++, e += 5) {
      position += 1n;
      revision += 1n;
      const text = parts[i].head + '"' + position + '","revision":"' + revision + '"' + parts[i].tail;
      const hash = sha256(previousHash, text);
      leaves = tree.append(leaves, text);
      stmt.insert.run(position, streamId, revision, wire[e], wire[e + 1], Number(wire[e + 2]), wire[e + 3], wire[e + 4], hash, previousHash);
      previousHash = hash;
    }
    if (key !== undefined) stmt.idempotencyPut.run(key, streamId, revision, position);
    out.push(0, revision, position, 0);
    return { position, hash: previousHash, tree: leaves };
  });

  const batch = db.transaction((wire: string[]): WireOutcomes => {
    const last = stmt.head.get() as Head | undefined;
    let head: Head = last ? { position: last.position, hash: last.hash, tree: tree.at(last.position) } : { position: 0n, hash: genesisHash, tree: tree.at(0n) };
    const out: WireOutcomes = [];
    for (let at = 0, n = 0; at < wire.length; at += 4 + 5 * Number(wire[at + 3]), n++) {
      const before = out.length;
      try {
        const parts = partsAhead[n];
        if (parts instanceof Error) throw parts;
        head = one(wire, at, parts, out, head);
      } catch (error) {
        out.length = before;
        const { code, message } = describe(error);
        out.push(2, code ?? null, message, 0);
      }
    }
    treeAfter = head.tree;
    return out;
  });

  // The canonical texts need no lock: computed before BEGIN, per append (a failure is that
  // append's alone).
  let partsAhead: Array<HashParts[] | Error> = [];
  let treeAfter: WriterTree | null = null;
  const prepareParts = (wire: string[]) => {
    partsAhead = [];
    for (let at = 0; at < wire.length; at += 4 + 5 * Number(wire[at + 3])) {
      try {
        const parts: HashParts[] = [];
        for (let i = 0, e = at + 4, count = Number(wire[at + 3]); i < count; i++, e += 5) {
          parts.push(partsOf({ id: wire[e], streamId: wire[at], type: wire[e + 1], schemaVersion: Number(wire[e + 2]), data: JSON.parse(wire[e + 3]), metadata: JSON.parse(wire[e + 4]) as never }));
        }
        partsAhead.push(parts);
      } catch (error) {
        partsAhead.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };

  return (wire) => {
    try {
      prepareParts(wire);
      const outcomes = batch.immediate(wire);
      if (treeAfter) tree.committed(treeAfter);
      return { ok: true, outcomes };
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
  merkleTree: boolean;
}

type ToWriter = { kind: 'batch'; id: number; appends: number; wire: string[] } | { kind: 'settings'; id: number } | { kind: 'close'; id: number };

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
  makeEncoder: typeof canonicalEncoder,
  partsWith: typeof hashPartsWith,
  makeTree: typeof merkleWriter,
): void {
  const Sqlite = load(data.betterSqlite3) as typeof Database;
  const { createHash: hashOf } = load('node:crypto') as typeof import('node:crypto');
  const db = new Sqlite(data.path);
  db.defaultSafeIntegers(true);
  db.pragma(`busy_timeout = ${data.busyTimeoutMs}`);
  // The commits happen on this connection: it is the one that must sync every commit.
  db.pragma('synchronous = FULL');
  const encode = makeEncoder();
  const partsOf = (content: Parameters<typeof partsWith>[1]) => partsWith(encode, content);
  const write = makeWriter(
    db,
    (previous, text) => hashOf('sha256').update(previous).update(text).digest('hex'),
    data.genesisHash,
    partsOf,
    data.merkleTree
      ? makeTree(
          db,
          (text) => hashOf('sha256').update(Buffer.from([0])).update(text).digest(),
          (left, right) => hashOf('sha256').update(Buffer.from([1])).update(left).update(right).digest(),
          partsOf,
        )
      : { at: (size) => ({ size, levels: [], hashes: [] }), append: (t) => ({ ...t, size: t.size + 1n }), committed: () => undefined },
  );
  // Batches that arrive while a commit is syncing are committed together on the next turn: one
  // transaction, one sync; each batch gets its own answer.
  let queued: Array<{ id: number; appends: number; wire: string[] }> = [];
  const commitQueued = () => {
    if (queued.length === 0) return; // already committed by a close
    const batches = queued;
    queued = [];
    const outcome = write(batches.length === 1 ? batches[0].wire : batches.flatMap((b) => b.wire));
    let offset = 0;
    for (const b of batches) {
      const slots = 4 * b.appends;
      port.postMessage({ id: b.id, value: outcome.ok ? { ok: true, outcomes: outcome.outcomes.slice(offset, offset + slots) } : outcome });
      offset += slots;
    }
  };
  port.on('message', (m: ToWriter) => {
    if (m.kind === 'batch') {
      if (queued.length === 0) setImmediate(commitQueued);
      queued.push({ id: m.id, appends: m.appends, wire: m.wire });
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
const canonicalEncoder = (${canonicalEncoder.toString()});
const hashPartsWith = (${hashPartsWith.toString()});
const merkleWriter = (${merkleWriter.toString()});
(${writerThreadMain.toString()})(workerData, parentPort, require, batchWriter, canonicalEncoder, hashPartsWith, merkleWriter);
`;

/** The writer thread, seen from the store: requests answered in order; a crashed thread fails
 * what it was asked and the store starts another. It keeps the process alive only while it owes
 * an answer. */
export class WriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private nextId = 1;
  private failure: unknown = null;
  /** Whether the thread ever answered: one that fails before that cannot run here at all. */
  answered = false;
  private readonly exited: Promise<void>;

  constructor(path: string, busyTimeoutMs: number, merkleTree = true) {
    const workerData: WriterThreadData = { path, busyTimeoutMs, betterSqlite3: require.resolve('better-sqlite3'), genesisHash: GENESIS_HASH, merkleTree };
    this.worker = new Worker(WRITER_SOURCE, { eval: true, workerData });
    this.worker.unref();
    this.worker.on('message', (m: { id: number; value: unknown }) => {
      this.answered = true;
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

  write(appends: number, wire: string[]): Promise<BatchOutcome> {
    return this.request({ kind: 'batch', id: 0, appends, wire }) as Promise<BatchOutcome>;
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
    // What it held may or may not have been committed just before (an unknown outcome, as when a
    // connection to a server drops); it was not acknowledged.
    if (this.failure === null) this.failure = new StoreUnavailableError(`sqlite append: the writer thread failed, outcome unknown: ${(error as Error)?.message ?? error}`, error);
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }
}

/** A batch writer on the store's own connection, with the same hashing as the writer thread. */
export const inlineBatchWriter = (db: Database.Database, merkleTree = true): ((wire: string[]) => BatchOutcome) =>
  batchWriter(db, (previousHash, text) => createHash('sha256').update(previousHash).update(text).digest('hex'), GENESIS_HASH, hashParts, merkleTree ? inlineMerkleWriter(db) : NO_TREE);

/** The bench's baseline (merkleTree: false): appends exactly as with the tree, minus the tree. */
const NO_TREE: MerkleWriter = { at: (size) => ({ size, levels: [], hashes: [] }), append: (t) => ({ ...t, size: t.size + 1n }), committed: () => undefined };
