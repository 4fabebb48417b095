import type { KeyObject } from 'node:crypto';
import type { EventStore, StoredEvent } from '@samsyn/event-store';
import { eventLeafInput } from '../events/event-leaf';
import { signHead, type SignedTreeHead } from '../heads/signed-head';
import { leafHash, toHex } from '../tree/hashing';
import { TreeRangeError, treeProofs, type HasMerkleTree, type MerkleTreeSource } from '../tree/merkle-tree-source';

/** A store that keeps a tree; EventStoreDB's tree also maps $all positions to leaves. */
export type ProvableStore = EventStore & HasMerkleTree;

type WithLeafIndex = MerkleTreeSource & { leafIndexOf?(position: bigint): bigint | undefined };

/** What an auditor checks an event against, without our code (README "Audit proofs"). */
export interface InclusionProof {
  position: string;
  leafIndex: number;
  treeSize: number;
  /** The event's canonical content: SHA-256(0x00 || UTF-8 of this) is the leaf hash. */
  leafInput: string;
  leafHash: string;
  /** RFC 9162 audit path, leaf first, hex. */
  proof: string[];
  rootHash: string;
}

export interface ConsistencyProof {
  from: number;
  to: number;
  fromRoot: string;
  toRoot: string;
  proof: string[];
}

const asNumber = (n: bigint): number => Number(n);

/** The event at a global position, or null. */
export async function eventAt(store: EventStore, position: bigint): Promise<StoredEvent | null> {
  const [e] = await store.readAll({ after: position - 1n, maxCount: 1 });
  return e && e.position === position ? e : null;
}

export function storeProofs(store: ProvableStore) {
  const source = store.merkleTree() as WithLeafIndex;
  const tree = treeProofs(source);
  // Gapless stores: position − 1. EventStoreDB's tree maps $all positions to leaves once it has
  // caught up with the log (treeSize does that).
  const leafIndexOf = async (position: bigint): Promise<bigint> => {
    if (!source.leafIndexOf) return position - 1n;
    await source.treeSize();
    const index = source.leafIndexOf(position);
    if (index === undefined) throw new TreeRangeError(`no event at position ${position} in the tree`, 'LEAF_OUT_OF_RANGE');
    return index;
  };

  return {
    tree,
    treeSize: () => tree.treeSize(),
    /** The size of the tree that ends with the event at `position` (a head "as of" it). */
    sizeAt: async (position: bigint): Promise<bigint> => (await leafIndexOf(position)) + 1n,

    /** The tree head at `size` (default: the whole store), signed now. */
    async signedHead(privateKey: KeyObject, timestamp: string, size?: bigint): Promise<SignedTreeHead> {
      const treeSize = size ?? (await tree.treeSize());
      const root = await tree.root(treeSize);
      return signHead(privateKey, { treeSize: asNumber(treeSize), rootHash: toHex(root), timestamp });
    },

    /** The inclusion proof of the event at `position` in the tree of `treeSize` (default: all). */
    async inclusion(position: bigint, treeSize?: bigint): Promise<{ event: StoredEvent; proof: InclusionProof }> {
      const event = await eventAt(store, position);
      if (!event) throw new TreeRangeError(`no event at position ${position}`, 'LEAF_OUT_OF_RANGE');
      const size = treeSize ?? (await tree.treeSize());
      const index = await leafIndexOf(position);
      const path = await tree.inclusion(index, size);
      // The leaf's position is its 1-based place in the tree: the event's position where positions are gapless.
      const leafInput = eventLeafInput({ ...event, position: index + 1n });
      return {
        event,
        proof: {
          position: position.toString(),
          leafIndex: asNumber(index),
          treeSize: asNumber(size),
          leafInput,
          leafHash: toHex(leafHash(leafInput)),
          proof: path.map(toHex),
          rootHash: toHex(await tree.root(size)),
        },
      };
    },

    async consistency(from: bigint, to: bigint): Promise<ConsistencyProof> {
      const path = await tree.consistency(from, to);
      return { from: asNumber(from), to: asNumber(to), fromRoot: toHex(await tree.root(from)), toRoot: toHex(await tree.root(to)), proof: path.map(toHex) };
    },
  };
}

export type StoreProofs = ReturnType<typeof storeProofs>;
