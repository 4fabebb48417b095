import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { GENESIS_HASH, hashParts, type HashParts } from '@samsyn/event-store';
import type { MerkleWriter, WriterTree } from '../merkle/sqlite-merkle-writer';
import { inlineMerkleWriter } from '../merkle/inline-merkle-writer';
import type { BatchOutcome, WireOutcomes } from './wire-format';

/**
 * The write side of the SQLite store: one group-commit transaction per batch of appends. It runs
 * either on the store's own connection (`:memory:`, or `writerThread: false`) or in a writer
 * thread with a connection of its own, so that the commit and its fsync (synchronous=FULL) do not
 * block the event loop: the next batch's commands are read and decided meanwhile, and each
 * caller is still answered only after the commit that made its append durable.
 */

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

/** A batch writer on the store's own connection, with the same hashing as the writer thread. */
export const inlineBatchWriter = (db: Database.Database, merkleTree = true): ((wire: string[]) => BatchOutcome) =>
  batchWriter(db, (previousHash, text) => createHash('sha256').update(previousHash).update(text).digest('hex'), GENESIS_HASH, hashParts, merkleTree ? inlineMerkleWriter(db) : NO_TREE);

/** The bench's baseline (merkleTree: false): appends exactly as with the tree, minus the tree. */
const NO_TREE: MerkleWriter = { at: (size) => ({ size, levels: [], hashes: [] }), append: (t) => ({ ...t, size: t.size + 1n }), committed: () => undefined };
