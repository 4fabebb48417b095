import { consistencyPath, frontierIds, inclusionPath, nodesRead, rootAt, type Frontier, type NodeGetter } from './tree-math';

/**
 * What a store offers of its Merkle tree: the number of leaves (events) it holds, and stored
 * perfect-subtree nodes by id (tree-math's nodeId), fetched in one go. Kept by the store in the
 * same transaction as the append, so the tree always covers exactly the committed events.
 */
export interface MerkleTreeSource {
  treeSize(): Promise<bigint>;
  nodes(ids: readonly bigint[]): Promise<Map<bigint, Buffer>>;
}

/** A store that keeps a Merkle tree over its events. */
export interface HasMerkleTree {
  merkleTree(): MerkleTreeSource;
}

export const hasMerkleTree = (store: unknown): store is HasMerkleTree => typeof (store as HasMerkleTree)?.merkleTree === 'function';

/** A tree size outside what the store holds, or a leaf outside the tree: the client's input. */
export class TreeRangeError extends Error {
  constructor(
    message: string,
    readonly code: 'TREE_SIZE_OUT_OF_RANGE' | 'LEAF_OUT_OF_RANGE',
  ) {
    super(message);
    this.name = 'TreeRangeError';
  }
}

/** Runs a tree computation with the nodes it reads fetched in one query (see nodesRead). */
async function withNodes<T>(source: MerkleTreeSource, compute: (get: NodeGetter) => T): Promise<T> {
  const ids = nodesRead(compute);
  const found = await source.nodes(ids);
  return compute((id) => {
    const hash = found.get(id);
    if (!hash) throw new Error(`the store's Merkle tree has no node ${id}: it is incomplete`);
    return hash;
  });
}

export interface TreeProofs {
  treeSize(): Promise<bigint>;
  root(size: bigint): Promise<Buffer>;
  inclusion(index: bigint, size: bigint): Promise<Buffer[]>;
  consistency(first: bigint, second: bigint): Promise<Buffer[]>;
  frontier(size: bigint): Promise<Frontier>;
}

export function treeProofs(source: MerkleTreeSource): TreeProofs {
  const checkSize = async (size: bigint) => {
    const held = await source.treeSize();
    if (size < 0n || size > held) throw new TreeRangeError(`tree size ${size} is outside 0..${held}`, 'TREE_SIZE_OUT_OF_RANGE');
  };
  return {
    treeSize: () => source.treeSize(),
    async root(size) {
      await checkSize(size);
      return withNodes(source, (get) => rootAt(size, get));
    },
    async inclusion(index, size) {
      await checkSize(size);
      if (index < 0n || index >= size) throw new TreeRangeError(`leaf ${index} is not in a tree of ${size}`, 'LEAF_OUT_OF_RANGE');
      return withNodes(source, (get) => inclusionPath(index, size, get));
    },
    async consistency(first, second) {
      await checkSize(second);
      if (first < 0n || first > second) throw new TreeRangeError(`no consistency proof from ${first} to ${second}`, 'TREE_SIZE_OUT_OF_RANGE');
      return withNodes(source, (get) => consistencyPath(first, second, get));
    },
    async frontier(size) {
      await checkSize(size);
      const ids = frontierIds(size);
      const found = await source.nodes(ids.map((n) => n.id));
      return {
        size,
        nodes: ids.map(({ level, id }) => {
          const hash = found.get(id);
          if (!hash) throw new Error(`the store's Merkle tree has no node ${id}: it is incomplete`);
          return { level, hash };
        }),
      };
    },
  };
}

/** An in-memory tree source (tests, and the EventStoreDB adapter's tree kept beside the log). */
export function memoryTreeSource(): MerkleTreeSource & { put(id: bigint, hash: Buffer): void; setSize(size: bigint): void } {
  const nodes = new Map<bigint, Buffer>();
  let size = 0n;
  return {
    put: (id, hash) => void nodes.set(id, hash),
    setSize: (s) => void (size = s),
    treeSize: async () => size,
    nodes: async (ids) => new Map(ids.filter((id) => nodes.has(id)).map((id) => [id, nodes.get(id)!])),
  };
}
