import type Database from 'better-sqlite3';
import type { HashParts } from '@samsyn/event-store';

/** The Merkle tree's table: every stored perfect subtree by its flat-tree node id (see
 * @samsyn/audit-proofs tree-math: leaf i is 2i). About two rows of 40 bytes per event. */
export const MERKLE_SCHEMA = 'CREATE TABLE IF NOT EXISTS merkle_nodes (id INTEGER PRIMARY KEY, hash BLOB NOT NULL);';

/** The tree's right edge after `size` leaves: perfect subtrees left to right, levels decreasing. */
export interface WriterTree {
  size: bigint;
  levels: number[];
  hashes: Buffer[];
}

export interface MerkleWriter {
  /** The tree over the first `size` events, inside the caller's write transaction; a tree that
   * lags the events (a file written before the tree existed) is caught up from the stored events. */
  at(size: bigint): WriterTree;
  /** Appends one leaf (the event's canonical text) and stores the nodes it completes. */
  append(tree: WriterTree, text: string): WriterTree;
  /** The transaction that produced `tree` committed: the next one may start from it. */
  committed(tree: WriterTree): void;
}

/**
 * The tree's write side, run inside the batch transaction of the append (writer/batch-writer.ts), so a
 * committed event always has its leaf and the tree never covers an event that was rolled back: a
 * savepoint that rolls back an append rolls back its nodes too, and the caller keeps the tree it
 * had before. RFC 9162 hashing: leaf SHA-256(0x00 || text), node SHA-256(0x01 || left || right).
 *
 * SELF-CONTAINED as batchWriter: the writer thread runs it from its source text, so its body may
 * use nothing but its parameters (no imports, no module-level names).
 */
/* istanbul ignore next */
export function merkleWriter(
  db: Database.Database,
  leafHash: (text: string) => Buffer,
  nodeHash: (left: Buffer, right: Buffer) => Buffer,
  partsOf: (content: { id: string; streamId: string; type: string; schemaVersion: number; data: unknown; metadata: never }) => HashParts,
): MerkleWriter {
  const get = db.prepare('SELECT hash FROM merkle_nodes WHERE id = ?').pluck(true);
  const put = db.prepare('INSERT OR REPLACE INTO merkle_nodes (id, hash) VALUES (?, ?)');
  const eventsAfter = db.prepare('SELECT position, stream_id, revision, id, type, schema_version, data, metadata FROM events WHERE position > ? ORDER BY position ASC LIMIT 1000');
  const nodeId = (level: number, index: bigint) => (index << BigInt(level + 1)) + (1n << BigInt(level)) - 1n;
  let cached: WriterTree | null = null;

  const append = (tree: WriterTree, text: string): WriterTree => {
    const levels = tree.levels.slice();
    const hashes = tree.hashes.slice();
    const index = tree.size;
    let level = 0;
    let hash = leafHash(text);
    put.run(nodeId(0, index), hash);
    while (levels.length > 0 && levels[levels.length - 1] === level) {
      levels.pop();
      hash = nodeHash(hashes.pop()!, hash);
      level++;
      put.run(nodeId(level, (index + 1n) / (1n << BigInt(level)) - 1n), hash);
    }
    levels.push(level);
    hashes.push(hash);
    return { size: index + 1n, levels, hashes };
  };

  const hasLeaf = (size: bigint) => size === 0n || get.get(nodeId(0, size - 1n)) !== undefined;

  /** The frontier of a tree of `size` from the stored nodes. */
  const load = (size: bigint): WriterTree => {
    const levels: number[] = [];
    const hashes: Buffer[] = [];
    let start = 0n;
    for (let level = size.toString(2).length - 1; level >= 0 && size > 0n; level--) {
      const width = 1n << BigInt(level);
      if ((size & width) === 0n) continue;
      const hash = get.get(nodeId(level, start / width)) as Buffer | undefined;
      if (!hash) throw new Error(`the Merkle tree has no node for leaves ${start}..${start + width - 1n}`);
      levels.push(level);
      hashes.push(hash);
      start += width;
    }
    return { size, levels, hashes };
  };

  const at = (size: bigint): WriterTree => {
    if (cached && cached.size === size) return cached;
    let built = size;
    if (!hasLeaf(size)) {
      // The leaves present are a prefix (each commit adds its own in order): find its end.
      let lo = 0n;
      let hi = size;
      while (hi - lo > 1n) {
        const mid = (lo + hi) / 2n;
        if (hasLeaf(mid)) lo = mid;
        else hi = mid;
      }
      built = lo;
    }
    let tree = load(built);
    while (tree.size < size) {
      const rows = eventsAfter.all(tree.size) as Array<{ position: bigint; stream_id: string; revision: bigint; id: string; type: string; schema_version: bigint; data: string; metadata: string }>;
      if (rows.length === 0) break;
      for (const r of rows) {
        if (r.position !== tree.size + 1n) throw new Error(`position ${r.position} where ${tree.size + 1n} was expected: the Merkle tree needs gapless positions`);
        const parts = partsOf({ id: r.id, streamId: r.stream_id, type: r.type, schemaVersion: Number(r.schema_version), data: JSON.parse(r.data), metadata: JSON.parse(r.metadata) as never });
        tree = append(tree, parts.head + '"' + r.position + '","revision":"' + r.revision + '"' + parts.tail);
      }
    }
    return tree;
  };

  return { at, append, committed: (tree) => void (cached = tree) };
}
