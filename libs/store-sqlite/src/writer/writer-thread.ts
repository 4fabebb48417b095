import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { canonicalEncoder, GENESIS_HASH, hashPartsWith, StoreUnavailableError } from '@samsyn/event-store';
import { merkleWriter } from '../merkle/sqlite-merkle-writer';
import { batchWriter } from './batch-writer';
import type { BatchOutcome } from './wire-format';

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
