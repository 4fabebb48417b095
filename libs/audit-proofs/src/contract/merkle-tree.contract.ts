import { ConcurrencyError, type EventStore, type EventToAppend, type StoredEvent } from '@samsyn/event-store';
import { eventLeafHash } from '../events/event-leaf';
import { treeProofs } from '../tree/merkle-tree-source';
import type { HasMerkleTree } from '../tree/merkle-tree-source';
import { appendLeaf, emptyFrontier, frontierRoot, type Frontier } from '../tree/tree-math';
import { verifyConsistency, verifyInclusion } from '../tree/verify-proofs';

export interface MerkleSubject {
  store: EventStore & HasMerkleTree;
  /** Drops the stored tree, as a store written before the tree existed. */
  dropTree?: () => Promise<void>;
  /** A fresh store on the same data (after dropTree). */
  reopen?: () => Promise<EventStore & HasMerkleTree>;
  cleanup: () => Promise<void>;
  /** The position a leaf's input carries (EventStoreDB: the chain's seq, i + 1). Default: the event's. */
  leafPosition?: (e: StoredEvent, index: number) => bigint;
}

type LeafPosition = NonNullable<MerkleSubject['leafPosition']>;
const ownPosition: LeafPosition = (e) => e.position;

const ev = (n: number): EventToAppend => ({ type: 'Tested', schemaVersion: 1, data: { n, text: `é ${n}` }, metadata: { actor: 'a', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } });

/** The roots an independent fold of the events gives, size by size (no stored node used). */
async function rootsFromEvents(store: EventStore, at: LeafPosition): Promise<Buffer[]> {
  let f: Frontier = emptyFrontier();
  const roots = [frontierRoot(f)];
  for (const [i, e] of (await store.readAll()).entries()) {
    f = appendLeaf(f, eventLeafHash({ ...e, position: at(e, i) }));
    roots.push(frontierRoot(f));
  }
  return roots;
}

/** The store's tree gives, at every size, the root a fold of its events gives, and proofs that verify. */
export async function expectTreeMatchesEvents(store: EventStore & HasMerkleTree, at: LeafPosition = ownPosition): Promise<void> {
  const proofs = treeProofs(store.merkleTree());
  const roots = await rootsFromEvents(store, at);
  const size = await proofs.treeSize();
  expect(size).toBe(BigInt(roots.length - 1));
  for (let n = 0n; n <= size; n++) expect((await proofs.root(n)).toString('hex')).toBe(roots[Number(n)].toString('hex'));
  const events = await store.readAll();
  for (let i = 0n; i < size; i++) {
    const e = events[Number(i)];
    expect(verifyInclusion(i, size, eventLeafHash({ ...e, position: at(e, Number(i)) }), await proofs.inclusion(i, size), roots[Number(size)])).toBe(true);
  }
  for (let m = 1n; m <= size; m += 3n) expect(verifyConsistency(m, size, roots[Number(m)], roots[Number(size)], await proofs.consistency(m, size))).toBe(true);
}

/** What every store that keeps a Merkle tree must do (SQLite, PostgreSQL, EventStoreDB). */
export function describeMerkleTreeContract(name: string, subject: () => Promise<MerkleSubject>): void {
  describe(`${name}: Merkle tree over the events`, () => {
    let s: MerkleSubject;
    beforeEach(async () => (s = await subject()));
    afterEach(() => s.cleanup());

    it('kept with every append, concurrent appends and a refused one among them: roots and proofs match a fold of the events', async () => {
      for (let i = 0; i < 5; i++) await s.store.append(`s-${i}`, [ev(i)], { expectedRevision: 'no-stream' });
      const results = await Promise.allSettled([
        s.store.append('s-0', [ev(10), ev(11)], { expectedRevision: 0n }),
        s.store.append('s-1', [ev(12)], { expectedRevision: 5n }),
        s.store.append('s-2', [ev(13), ev(14), ev(15)], { expectedRevision: 0n }),
        ...Array.from({ length: 20 }, (_, i) => s.store.append(`t-${i}`, [ev(100 + i)], { expectedRevision: 'no-stream' })),
      ]);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
      await expectTreeMatchesEvents(s.store, s.leafPosition);
    });

    it('an empty store has the empty tree; sizes past the head are refused', async () => {
      const proofs = treeProofs(s.store.merkleTree());
      expect(await proofs.treeSize()).toBe(0n);
      expect((await proofs.root(0n)).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      await expect(proofs.root(1n)).rejects.toMatchObject({ code: 'TREE_SIZE_OUT_OF_RANGE' });
      await s.store.append('x', [ev(1)], { expectedRevision: 'no-stream' });
      await expect(proofs.inclusion(1n, 1n)).rejects.toMatchObject({ code: 'LEAF_OUT_OF_RANGE' });
      await expect(proofs.consistency(2n, 1n)).rejects.toMatchObject({ code: 'TREE_SIZE_OUT_OF_RANGE' });
    });

    it('a store written before the tree existed gets its tree on first use', async () => {
      if (!s.dropTree || !s.reopen) return;
      for (let i = 0; i < 11; i++) await s.store.append(`s-${i % 3}`, [ev(i)], { expectedRevision: 'any' });
      await s.dropTree();
      const again = await s.reopen();
      await expectTreeMatchesEvents(again, s.leafPosition);
      await again.append('later', [ev(99)], { expectedRevision: 'no-stream' });
      await expectTreeMatchesEvents(again, s.leafPosition);
    });
  });
}
