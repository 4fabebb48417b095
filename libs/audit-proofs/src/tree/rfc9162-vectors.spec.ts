import { EMPTY_ROOT, leafHash, toHex } from './hashing';
import { appendLeaf, consistencyPath, emptyFrontier, frontierRoot, inclusionPath, rootAt, type Frontier } from './tree-math';
import { verifyConsistency, verifyInclusion } from './verify-proofs';

// The Certificate Transparency reference tree (transparency-dev/merkle testonly, RFC 6962/9162
// hashing): its eight leaves, the root at each size, and published proofs, used as data only.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION = [
  { index: 0n, size: 8n, proof: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { index: 5n, size: 8n, proof: ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
];
const CONSISTENCY = [
  { first: 2n, second: 8n, proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { first: 6n, second: 8n, proof: ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
  { first: 2n, second: 5n, proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'] },
];

/** A tree kept the way the stores keep it: only the nodes appendLeaf stores. */
function storedTree(leaves: Buffer[]): { get: (id: bigint) => Buffer; frontiers: Frontier[] } {
  const nodes = new Map<bigint, Buffer>();
  const frontiers = [emptyFrontier()];
  for (const l of leaves) frontiers.push(appendLeaf(frontiers[frontiers.length - 1], leafHash(l), (id, h) => nodes.set(id, h)));
  return {
    get: (id) => {
      const h = nodes.get(id);
      if (!h) throw new Error(`no node ${id}`);
      return h;
    },
    frontiers,
  };
}

describe('Merkle tree (RFC 9162) against the Certificate Transparency test vectors', () => {
  const tree = storedTree(LEAVES);
  const root = (n: number) => Buffer.from(ROOTS[n], 'hex');

  it('gives the published root at every size 0..8, from stored nodes and from the frontier', () => {
    expect(toHex(EMPTY_ROOT)).toBe(ROOTS[0]);
    for (let n = 0; n <= 8; n++) {
      expect(toHex(rootAt(BigInt(n), tree.get))).toBe(ROOTS[n]);
      expect(toHex(frontierRoot(tree.frontiers[n]))).toBe(ROOTS[n]);
    }
  });

  it.each(INCLUSION)('inclusion proof of leaf $index in a tree of $size is the published one and verifies', ({ index, size, proof }) => {
    const got = inclusionPath(index, size, tree.get);
    expect(got.map(toHex)).toEqual(proof);
    expect(verifyInclusion(index, size, leafHash(LEAVES[Number(index)]), got, root(Number(size)))).toBe(true);
  });

  it.each(CONSISTENCY)('consistency proof $first → $second is the published one and verifies', ({ first, second, proof }) => {
    const got = consistencyPath(first, second, tree.get);
    expect(got.map(toHex)).toEqual(proof);
    expect(verifyConsistency(first, second, root(Number(first)), root(Number(second)), got)).toBe(true);
  });

  describe('every proof in trees up to 40 leaves, and no forgery', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => Buffer.from([i, (i * 7) & 0xff]));
    const big = storedTree(leaves);
    const roots = Array.from({ length: 41 }, (_, n) => rootAt(BigInt(n), big.get));

    it('inclusion: every leaf of every size verifies; a wrong leaf, index, size or a flipped byte does not', () => {
      for (let n = 1n; n <= 40n; n++) {
        for (let i = 0n; i < n; i++) {
          const proof = inclusionPath(i, n, big.get);
          const leaf = leafHash(leaves[Number(i)]);
          expect(verifyInclusion(i, n, leaf, proof, roots[Number(n)])).toBe(true);
          expect(verifyInclusion(i, n, leafHash(Buffer.from('forged')), proof, roots[Number(n)])).toBe(false);
          if (n > 1n) expect(verifyInclusion((i + 1n) % n, n, leaf, proof, roots[Number(n)])).toBe(false);
          if (n < 40n) expect(verifyInclusion(i, n + 1n, leaf, proof, roots[Number(n + 1n)])).toBe(false);
          if (proof.length > 0) {
            const flipped = proof.map((p) => Buffer.from(p));
            flipped[0][0] ^= 1;
            expect(verifyInclusion(i, n, leaf, flipped, roots[Number(n)])).toBe(false);
            expect(verifyInclusion(i, n, leaf, proof.slice(0, -1), roots[Number(n)])).toBe(false);
          }
        }
      }
    });

    it('consistency: every pair verifies; another root, a truncated or extended proof does not', () => {
      for (let n = 1n; n <= 40n; n++) {
        for (let m = 1n; m <= n; m++) {
          const proof = consistencyPath(m, n, big.get);
          expect(verifyConsistency(m, n, roots[Number(m)], roots[Number(n)], proof)).toBe(true);
          if (m < n) {
            expect(verifyConsistency(m, n, roots[Number(m - 1n)], roots[Number(n)], proof)).toBe(false);
            expect(verifyConsistency(m, n, roots[Number(m)], roots[Number(n)], proof.slice(0, -1))).toBe(false);
            expect(verifyConsistency(m, n, roots[Number(m)], roots[Number(n)], [...proof, Buffer.alloc(32)])).toBe(false);
          }
        }
      }
    });

    it('a fork after the first size (same prefix, other leaves after) fails consistency with the original', () => {
      const forked = storedTree([...leaves.slice(0, 20), ...leaves.slice(20).map((l) => Buffer.concat([l, Buffer.from('!')]))]);
      const proof = consistencyPath(25n, 40n, forked.get);
      expect(verifyConsistency(25n, 40n, roots[25], rootAt(40n, forked.get), proof)).toBe(false);
      expect(verifyConsistency(20n, 40n, roots[20], rootAt(40n, forked.get), consistencyPath(20n, 40n, forked.get))).toBe(true);
    });
  });
});
