import type Database from 'better-sqlite3';
import type { MerkleTreeSource } from '@samsyn/audit-proofs';
import { inlineMerkleWriter } from './inline-merkle-writer';

/**
 * The read side of the SQLite store's Merkle tree: its size is the number of events (positions are
 * gapless), its nodes come from `merkle_nodes` in one statement. A file written before the tree
 * existed gets its tree built once, on first use, in one write transaction (appends build it the
 * same way if they come first).
 */
export function sqliteTreeSource(db: Database.Database): MerkleTreeSource {
  const head = db.prepare('SELECT position FROM events ORDER BY position DESC LIMIT 1').pluck(true);
  const leaf = db.prepare('SELECT 1 FROM merkle_nodes WHERE id = ?').pluck(true);
  const many = db.prepare('SELECT id, hash FROM merkle_nodes WHERE id IN (SELECT value FROM json_each(?))');
  const size = (): bigint => (head.get() as bigint | undefined) ?? 0n;
  return {
    async treeSize() {
      const n = size();
      if (n === 0n || leaf.get((n - 1n) * 2n) !== undefined) return n;
      const writer = inlineMerkleWriter(db);
      db.transaction(() => void writer.at(size())).immediate();
      return size();
    },
    async nodes(ids) {
      const out = new Map<bigint, Buffer>();
      if (ids.length === 0) return out;
      for (const r of many.all(`[${ids.join(',')}]`) as Array<{ id: bigint; hash: Buffer }>) out.set(r.id, r.hash);
      return out;
    },
  };
}
