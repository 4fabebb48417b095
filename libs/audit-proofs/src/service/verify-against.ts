import type { KeyObject } from 'node:crypto';
import type { ChainVerification } from '@samsyn/event-store';
import { eventLeafHash } from '../events/event-leaf';
import { TREE_HEAD_STREAM } from '@samsyn/domain/audit';
import { parseSignedHead, verifyHeadSignature, type SignedTreeHead } from '../heads/signed-head';
import { hashFromHex, toHex } from '../tree/hashing';
import { appendLeaf, emptyFrontier, frontierRoot, type Frontier } from '../tree/tree-math';
import { verifyConsistency } from '../tree/verify-proofs';
import { storeProofs, type ProvableStore } from './proofs-for-store';

export type AgainstFailure =
  | { code: 'HEAD_SIGNATURE_INVALID'; treeSize: number }
  | { code: 'LOG_TRUNCATED'; treeSize: number; storeSize: number }
  | { code: 'HISTORY_REWRITTEN'; treeSize: number; firstPosition: number; lastPosition: number }
  | { code: 'CONSISTENCY_PROOF_INVALID'; treeSize: number }
  | { code: 'STORED_TREE_MISMATCH'; storeSize: number }
  | { code: 'CHAIN_BROKEN'; position: string; reason?: string };

export interface AgainstReport {
  ok: boolean;
  storeSize: number;
  rootHash: string;
  /** The heads checked, smallest first, whether the store agrees with each, and where it came
   * from: the auditor's file, or the log's own `audit-tree-heads` (signed with the same key). */
  heads: Array<{ treeSize: number; rootHash: string; agrees: boolean; from: 'given' | 'log' }>;
  chain: { ok: boolean; checked: number };
  failures: AgainstFailure[];
}

/**
 * Proves that today's store extends every signed head an auditor kept: each head's signature,
 * the store's RFC 9162 consistency proof from the largest head to today, and — independent of the
 * stored tree, which whoever rewrote history may have recomputed — the root at each head's size
 * recomputed from the events themselves. The hash chain is walked too. A rewrite is placed between
 * the last head the events still agree with and the first they do not: with a head per event (or
 * per publication interval) that is the position itself.
 */
export async function verifyAgainstHeads(store: ProvableStore, heads: SignedTreeHead[], publicKey: KeyObject, onProgress?: (checked: number) => void): Promise<AgainstReport> {
  const failures: AgainstFailure[] = [];
  const given = heads.filter((h) => {
    if (verifyHeadSignature(publicKey, h)) return true;
    failures.push({ code: 'HEAD_SIGNATURE_INVALID', treeSize: h.treeSize });
    return false;
  });
  // The heads the log published are as good as the auditor's when the same key signed them: an
  // insider without the key cannot re-sign them, so they narrow down where a rewrite happened.
  // (A head in the log that this key did not sign proves nothing and is left out.)
  const fromLog = (await publishedHeads(store)).filter((h) => verifyHeadSignature(publicKey, h));
  const trusted = [...given.map((h) => ({ ...h, from: 'given' as const })), ...fromLog.map((h) => ({ ...h, from: 'log' as const }))].sort((a, b) => a.treeSize - b.treeSize);

  const chain: ChainVerification = await store.verifyChain();
  if (!chain.ok) failures.push({ code: 'CHAIN_BROKEN', position: String(chain.brokenAt), reason: chain.reason });

  // The roots of the events as they are now, at each head's size: one pass, O(log n) memory.
  const wanted = new Set(trusted.map((h) => h.treeSize));
  const rootsNow = new Map<number, string>();
  let f: Frontier = emptyFrontier();
  if (wanted.has(0)) rootsNow.set(0, toHex(frontierRoot(f)));
  for (let after: bigint | undefined = undefined; ; ) {
    const page = await store.readAll({ after, maxCount: 1000 });
    for (const e of page) {
      f = appendLeaf(f, eventLeafHash({ ...e, position: f.size + 1n }));
      if (wanted.has(Number(f.size))) rootsNow.set(Number(f.size), toHex(frontierRoot(f)));
    }
    onProgress?.(Number(f.size));
    if (page.length < 1000) break;
    after = page[page.length - 1].position;
  }
  const storeSize = Number(f.size);
  const rootNow = frontierRoot(f);

  const checked = trusted.map((h) => ({ treeSize: h.treeSize, rootHash: h.rootHash, agrees: rootsNow.get(h.treeSize) === h.rootHash, from: h.from }));
  for (const h of given) if (h.treeSize > storeSize) failures.push({ code: 'LOG_TRUNCATED', treeSize: h.treeSize, storeSize });
  const firstBad = checked.find((h) => h.treeSize <= storeSize && !h.agrees);
  if (firstBad) {
    const lastGood = [...checked].reverse().find((h) => h.agrees && h.treeSize < firstBad.treeSize);
    failures.push({ code: 'HISTORY_REWRITTEN', treeSize: firstBad.treeSize, firstPosition: (lastGood?.treeSize ?? 0) + 1, lastPosition: firstBad.treeSize });
  }

  // The store's own proof that it extends the largest head it can still hold.
  const proofs = storeProofs(store);
  const stored = await proofs.tree.root(await proofs.treeSize()).catch(() => null);
  if (!stored || !stored.equals(rootNow) || (await proofs.treeSize()) !== f.size) failures.push({ code: 'STORED_TREE_MISMATCH', storeSize });
  const largest = [...given].sort((a, b) => b.treeSize - a.treeSize).find((h) => h.treeSize <= storeSize);
  if (largest && stored) {
    const path = await proofs.tree.consistency(BigInt(largest.treeSize), f.size).catch(() => null);
    if (!path || !verifyConsistency(BigInt(largest.treeSize), f.size, hashFromHex(largest.rootHash)!, stored, path)) failures.push({ code: 'CONSISTENCY_PROOF_INVALID', treeSize: largest.treeSize });
  }

  return { ok: failures.length === 0, storeSize, rootHash: toHex(rootNow), heads: checked, chain: { ok: chain.ok, checked: chain.checked }, failures };
}

async function publishedHeads(store: ProvableStore): Promise<SignedTreeHead[]> {
  const out: SignedTreeHead[] = [];
  for (const e of await store.readStream(TREE_HEAD_STREAM)) {
    const head = parseSignedHead(e.data);
    if (typeof head !== 'string') out.push(head);
  }
  return out;
}

/** One line per failure, for people. */
export function describeFailure(f: AgainstFailure): string {
  switch (f.code) {
    case 'HEAD_SIGNATURE_INVALID':
      return `the signature of the head of size ${f.treeSize} does not verify with the public key: a forged or altered head`;
    case 'LOG_TRUNCATED':
      return `the store holds ${f.storeSize} events but a signed head commits to ${f.treeSize}: history was truncated`;
    case 'HISTORY_REWRITTEN':
      return f.firstPosition === f.lastPosition
        ? `history was rewritten at position ${f.firstPosition}: the events no longer give the signed root of size ${f.treeSize}`
        : `history was rewritten between positions ${f.firstPosition} and ${f.lastPosition}: the events no longer give the signed root of size ${f.treeSize}`;
    case 'CONSISTENCY_PROOF_INVALID':
      return `the store's tree does not extend the signed head of size ${f.treeSize} (consistency proof fails)`;
    case 'STORED_TREE_MISMATCH':
      return `the store's Merkle tree does not match its ${f.storeSize} events`;
    case 'CHAIN_BROKEN':
      return `the hash chain is broken at position ${f.position}${f.reason ? `: ${f.reason}` : ''}`;
  }
}
