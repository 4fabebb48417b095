import { leafHash, nodeHash } from './hashing';

/**
 * The verifiers of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), as written there:
 * they need nothing but the proof, the sizes and the hashes a client already holds.
 */
export function rootFromInclusion(index: bigint, size: bigint, leaf: Buffer, proof: readonly Buffer[]): Buffer | null {
  if (index < 0n || index >= size) return null;
  let fn = index;
  let sn = size - 1n;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0n) return null;
    if ((fn & 1n) === 1n || fn === sn) {
      r = nodeHash(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n ? r : null;
}

export const verifyInclusion = (index: bigint, size: bigint, leaf: Buffer, proof: readonly Buffer[], root: Buffer): boolean =>
  rootFromInclusion(index, size, leaf, proof)?.equals(root) ?? false;

export const verifyEventInclusion = (index: bigint, size: bigint, leafInput: string, proof: readonly Buffer[], root: Buffer): boolean =>
  verifyInclusion(index, size, leafHash(leafInput), proof, root);

export function verifyConsistency(first: bigint, second: bigint, firstRoot: Buffer, secondRoot: Buffer, proof: readonly Buffer[]): boolean {
  if (first < 0n || second < first) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  // Every tree extends the empty one; RFC 9162 defines no proof for it.
  if (first === 0n) return proof.length === 0;
  const path = (first & (first - 1n)) === 0n ? [firstRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = first - 1n;
  let sn = second - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && fr.equals(firstRoot) && sr.equals(secondRoot);
}
