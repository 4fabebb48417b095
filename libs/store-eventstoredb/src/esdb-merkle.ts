import type { StoredEvent } from '@samsyn/event-store/port';
import { appendLeaf, emptyFrontier, eventLeafHash, type Frontier, type MerkleTreeSource } from '@samsyn/audit-proofs';

/**
 * The Merkle tree on EventStoreDB, kept *beside* the log. EventStoreDB has no transaction across
 * streams, so the tree cannot be written with the events; instead its leaves are defined by the
 * global hash chain (esdb-chain.ts), which is already serialised: leaf i is the event with chain
 * sequence number i + 1, and its input is the event's canonical content with `seq` in the place of
 * the position — exactly the text the chain hashes. Every process derives the same tree from the
 * log; this one keeps its stored perfect subtrees in memory and extends them from $all after the
 * last commit position it read, so a root or a proof costs O(log n) look-ups once caught up. The
 * first use in a process reads the log once (no server-side index of nodes yet: a `samsyn~merkle`
 * stream of checkpointed frontiers would let a restart skip that; not built).
 */
export function esdbTreeSource(scanAfter: (commit: bigint | undefined) => AsyncIterable<{ event: StoredEvent; seq: bigint }>): MerkleTreeSource & { leafIndexOf(position: bigint): bigint | undefined } {
  const nodes = new Map<bigint, Buffer>();
  const leafOfPosition = new Map<bigint, bigint>();
  let tree: Frontier = emptyFrontier();
  let lastCommit: bigint | undefined;
  let catchingUp: Promise<void> | null = null;

  const catchUp = async () => {
    for await (const { event, seq } of scanAfter(lastCommit)) {
      lastCommit = event.position;
      if (seq !== tree.size + 1n) throw new Error(`the hash chain does not continue at $all position ${event.position} (seq ${seq} after ${tree.size}): the tree stops there`);
      leafOfPosition.set(event.position, tree.size);
      tree = appendLeaf(tree, eventLeafHash({ ...event, position: seq }), (id, h) => void nodes.set(id, h));
    }
  };
  const caughtUp = () => (catchingUp ??= catchUp().finally(() => (catchingUp = null)));

  return {
    async treeSize() {
      await caughtUp();
      return tree.size;
    },
    async nodes(ids) {
      return new Map(ids.filter((id) => nodes.has(id)).map((id) => [id, nodes.get(id)!]));
    },
    leafIndexOf: (position) => leafOfPosition.get(position),
  };
}
