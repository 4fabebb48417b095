import { EMPTY_ROOT, nodeHash } from './hashing';

/**
 * RFC 9162 §2.1 over a tree of which only the complete ("perfect") subtrees are stored: a
 * perfect subtree of 2^level leaves starting at leaf index × 2^level is one node, and every
 * subtree an RFC 9162 root or proof needs starts on such a boundary, so any root and any proof
 * is O(log n) node look-ups, never a rehash of history.
 *
 * Nodes are named by their in-order index in the infinite binary tree ("flat tree"): a node of
 * `level` and `index` is index × 2^(level+1) + 2^level − 1. Leaves are the even numbers 2i.
 */
export const nodeId = (level: number, index: bigint): bigint => (index << BigInt(level + 1)) + (1n << BigInt(level)) - 1n;

/** Gets a stored perfect subtree's hash by its node id. */
export type NodeGetter = (id: bigint) => Buffer;

const isPowerOfTwo = (n: bigint): boolean => n > 0n && (n & (n - 1n)) === 0n;
const log2 = (n: bigint): number => n.toString(2).length - 1;

/** The largest power of two strictly below n (n ≥ 2): RFC 9162's split point k. */
export const splitPoint = (n: bigint): bigint => {
  let k = 1n;
  while (k << 1n < n) k <<= 1n;
  return k;
};

/** MTH(D[start:end]) for a range that RFC 9162's recursion produces (start aligned to the split). */
export function subtreeHash(start: bigint, end: bigint, get: NodeGetter): Buffer {
  const n = end - start;
  if (n <= 0n) return EMPTY_ROOT;
  if (isPowerOfTwo(n) && start % n === 0n) return get(nodeId(log2(n), start / n));
  const k = splitPoint(n);
  return nodeHash(subtreeHash(start, start + k, get), subtreeHash(start + k, end, get));
}

export const rootAt = (size: bigint, get: NodeGetter): Buffer => subtreeHash(0n, size, get);

/** RFC 9162 §2.1.3.1 PATH(m, D[start:end]), leaf first. */
function path(m: bigint, start: bigint, end: bigint, get: NodeGetter): Buffer[] {
  const n = end - start;
  if (n <= 1n) return [];
  const k = splitPoint(n);
  if (m < k) return [...path(m, start, start + k, get), subtreeHash(start + k, end, get)];
  return [...path(m - k, start + k, end, get), subtreeHash(start, start + k, get)];
}

export const inclusionPath = (index: bigint, size: bigint, get: NodeGetter): Buffer[] => {
  if (index < 0n || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  return path(index, 0n, size, get);
};

/** RFC 9162 §2.1.4.1 SUBPROOF(m, D[start:end], b). */
function subproof(m: bigint, start: bigint, end: bigint, complete: boolean, get: NodeGetter): Buffer[] {
  const n = end - start;
  if (m === n) return complete ? [] : [subtreeHash(start, end, get)];
  const k = splitPoint(n);
  if (m <= k) return [...subproof(m, start, start + k, complete, get), subtreeHash(start + k, end, get)];
  return [...subproof(m - k, start + k, end, false, get), subtreeHash(start, start + k, get)];
}

export const consistencyPath = (first: bigint, second: bigint, get: NodeGetter): Buffer[] => {
  if (first < 0n || first > second) throw new RangeError(`no consistency proof from ${first} to ${second}`);
  if (first === 0n || first === second) return [];
  return subproof(first, 0n, second, true, get);
};

/** The node ids a computation reads, found by running it once with placeholder hashes: a store
 * then fetches them in one query before the real run. */
export function nodesRead(compute: (get: NodeGetter) => unknown): bigint[] {
  const ids = new Set<bigint>();
  const placeholder = Buffer.alloc(32);
  compute((id) => {
    ids.add(id);
    return placeholder;
  });
  return [...ids];
}

/**
 * The nodes a tree of `size` leaves stores after appending leaf `size − 1` (its leaf, and every
 * perfect subtree it completes), given the hashes of the subtrees on the tree's right edge before
 * it (the "frontier": one per set bit of size − 1, highest level first).
 */
export interface Frontier {
  size: bigint;
  /** Perfect subtrees covering [0, size), left to right (levels strictly decreasing). */
  nodes: Array<{ level: number; hash: Buffer }>;
}

export const emptyFrontier = (): Frontier => ({ size: 0n, nodes: [] });

export function appendLeaf(f: Frontier, leaf: Buffer, store?: (id: bigint, hash: Buffer) => void): Frontier {
  const nodes = f.nodes.slice();
  const index = f.size;
  let carry = { level: 0, hash: leaf };
  store?.(nodeId(0, index), leaf);
  while (nodes.length > 0 && nodes[nodes.length - 1].level === carry.level) {
    const left = nodes.pop()!;
    carry = { level: carry.level + 1, hash: nodeHash(left.hash, carry.hash) };
    store?.(nodeId(carry.level, (index + 1n) / (1n << BigInt(carry.level)) - 1n), carry.hash);
  }
  nodes.push(carry);
  return { size: index + 1n, nodes };
}

/** The root of a frontier (RFC 9162 MTH): the subtrees folded right to left. */
export function frontierRoot(f: Frontier): Buffer {
  if (f.nodes.length === 0) return EMPTY_ROOT;
  let hash = f.nodes[f.nodes.length - 1].hash;
  for (let i = f.nodes.length - 2; i >= 0; i--) hash = nodeHash(f.nodes[i].hash, hash);
  return hash;
}

/** The node ids of the frontier of a tree of `size` leaves. */
export function frontierIds(size: bigint): Array<{ level: number; id: bigint }> {
  const out: Array<{ level: number; id: bigint }> = [];
  let start = 0n;
  for (let level = size.toString(2).length - 1; level >= 0; level--) {
    const width = 1n << BigInt(level);
    if ((size & width) === 0n) continue;
    out.push({ level, id: nodeId(level, start / width) });
    start += width;
  }
  return out;
}
