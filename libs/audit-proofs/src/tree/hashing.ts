import { createHash } from 'node:crypto';

/**
 * RFC 9162 §2.1.1 hashing: a leaf is SHA-256(0x00 || input), an interior node SHA-256(0x01 ||
 * left || right). The prefixes keep a leaf from posing as a node (a second-preimage attack on
 * the tree), so a proof cannot present two hashes as one event.
 */
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

export const leafHash = (input: Buffer | string): Buffer => createHash('sha256').update(LEAF_PREFIX).update(input).digest();

export const nodeHash = (left: Buffer, right: Buffer): Buffer => createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();

export const toHex = (b: Buffer): string => b.toString('hex');

/** Strict: 64 hex digits, else null (a hash from a client or a file). */
export const hashFromHex = (s: unknown): Buffer | null => (typeof s === 'string' && /^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, 'hex') : null);
