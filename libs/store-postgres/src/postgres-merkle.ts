import type { Pool, PoolClient } from 'pg';
import type { StoredEvent } from '@samsyn/event-store';
import { appendLeaf, eventLeafHash, frontierIds, type Frontier, type MerkleTreeSource } from '@samsyn/audit-proofs';
import { toBigInt } from './sql';

/**
 * The PostgreSQL store's Merkle tree: `merkle_nodes` holds every perfect subtree by its flat-tree
 * node id (@samsyn/audit-proofs tree-math), written by the append in its own transaction under
 * the append lock, so the tree covers exactly the committed events and any root or proof is
 * O(log n) rows. A schema written before the tree existed is caught up from its events, once,
 * under the same lock.
 */

type Queryable = Pick<PoolClient, 'query'>;

async function nodesWith(db: Queryable, s: string, ids: readonly bigint[]): Promise<Map<bigint, Buffer>> {
  const out = new Map<bigint, Buffer>();
  if (ids.length === 0) return out;
  const r = await db.query<{ id: string; hash: Buffer }>(`SELECT id, hash FROM ${s}.merkle_nodes WHERE id = ANY($1::bigint[])`, [ids.map(String)]);
  for (const row of r.rows) out.set(toBigInt(row.id), row.hash);
  return out;
}

/** The frontier of the first `size` leaves, or null when the tree does not reach that far. */
async function frontierWith(db: Queryable, s: string, size: bigint): Promise<Frontier | null> {
  const ids = frontierIds(size);
  const found = await nodesWith(db, s, ids.map((n) => n.id));
  const nodes: Frontier['nodes'] = [];
  for (const { level, id } of ids) {
    const hash = found.get(id);
    if (!hash) return null;
    nodes.push({ level, hash });
  }
  return { size, nodes };
}

async function leafCount(db: Queryable, s: string): Promise<bigint> {
  const r = await db.query<{ n: string | null }>(`SELECT max(id) / 2 + 1 AS n FROM ${s}.merkle_nodes WHERE id % 2 = 0`);
  return r.rows[0]?.n == null ? 0n : toBigInt(r.rows[0].n);
}

async function writeNodes(db: Queryable, s: string, nodes: Array<[bigint, Buffer]>): Promise<void> {
  if (nodes.length === 0) return;
  await db.query(
    `INSERT INTO ${s}.merkle_nodes (id, hash) SELECT * FROM unnest($1::bigint[], $2::bytea[]) ON CONFLICT (id) DO UPDATE SET hash = EXCLUDED.hash`,
    [nodes.map(([id]) => String(id)), nodes.map(([, h]) => h)],
  );
}

/** The tree over the first `size` events, caught up from the stored events when it lags. Call
 * under the append lock. */
async function treeAt(db: Queryable, s: string, size: bigint, readEvents: (after: bigint) => Promise<StoredEvent[]>): Promise<Frontier> {
  const at = await frontierWith(db, s, size);
  if (at) return at;
  const built = await leafCount(db, s);
  let tree = (await frontierWith(db, s, built)) ?? { size: 0n, nodes: [] };
  while (tree.size < size) {
    const page = await readEvents(tree.size);
    if (page.length === 0) break;
    const nodes: Array<[bigint, Buffer]> = [];
    for (const e of page) tree = appendLeaf(tree, eventLeafHash(e), (id, h) => nodes.push([id, h]));
    await writeNodes(db, s, nodes);
  }
  return tree;
}

/** Appends the leaves of events just inserted at positions size+1… in the same transaction. */
export async function appendToTree(
  client: PoolClient,
  s: string,
  sizeBefore: bigint,
  events: ReadonlyArray<Parameters<typeof eventLeafHash>[0]>,
  readEvents: (after: bigint) => Promise<StoredEvent[]>,
): Promise<void> {
  if (events.length === 0) return;
  let tree = await treeAt(client, s, sizeBefore, readEvents);
  const nodes: Array<[bigint, Buffer]> = [];
  for (const e of events) tree = appendLeaf(tree, eventLeafHash(e), (id, h) => nodes.push([id, h]));
  await writeNodes(client, s, nodes);
}

export function postgresTreeSource(
  pool: Pool,
  s: string,
  headPosition: () => Promise<bigint | null>,
  underAppendLock: <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>,
  readEvents: (after: bigint) => Promise<StoredEvent[]>,
): MerkleTreeSource {
  return {
    async treeSize() {
      const n = (await headPosition()) ?? 0n;
      if (n === 0n || (await nodesWith(pool, s, [(n - 1n) * 2n])).size === 1) return n;
      return underAppendLock(async (client) => {
        const head = (await client.query<{ p: string | null }>(`SELECT max(position) AS p FROM ${s}.events`)).rows[0]?.p;
        const size = head == null ? 0n : toBigInt(head);
        await treeAt(client, s, size, readEvents);
        return size;
      });
    },
    nodes: (ids) => nodesWith(pool, s, ids),
  };
}
