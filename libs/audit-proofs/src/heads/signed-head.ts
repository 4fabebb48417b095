import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { hashFromHex } from '../tree/hashing';

/** RFC 9162's tree head, as Samsyn signs it. */
export interface TreeHead {
  treeSize: number;
  /** Lower-case hex of the root (RFC 9162 MTH) of the first treeSize events. */
  rootHash: string;
  /** ISO-8601 instant at which the head was signed. */
  timestamp: string;
}

export interface SignedTreeHead extends TreeHead {
  /** Ed25519 over headPayload(head), base64. */
  signature: string;
  /** sha-256 hex of the raw 32-byte public key: which key signed. */
  keyId: string;
}

export const HEAD_PAYLOAD_PREFIX = 'samsyn-tree-head:v1';

/**
 * What is signed: plain text, one field a line, so a shell script can rebuild it with printf
 * and check it with `openssl pkeyutl -verify -rawin`:
 *   samsyn-tree-head:v1\n<treeSize>\n<rootHash>\n<timestamp>
 * (no trailing newline).
 */
export const headPayload = (h: TreeHead): Buffer => Buffer.from(`${HEAD_PAYLOAD_PREFIX}\n${h.treeSize}\n${h.rootHash}\n${h.timestamp}`, 'utf8');

export const keyIdOf = (publicKey: KeyObject): string => {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(der.subarray(der.length - 32)).digest('hex');
};

export const signHead = (privateKey: KeyObject, head: TreeHead): SignedTreeHead => ({
  treeSize: head.treeSize,
  rootHash: head.rootHash,
  timestamp: head.timestamp,
  signature: sign(null, headPayload(head), privateKey).toString('base64'),
  keyId: keyIdOf(createPublicKey(privateKey)),
});

/** A signed head read from a file or a client: its shape checked, else a reason. */
export function parseSignedHead(value: unknown): SignedTreeHead | string {
  const v = value as Partial<SignedTreeHead> | null;
  if (typeof v !== 'object' || v === null) return 'a signed tree head is a JSON object';
  if (!Number.isSafeInteger(v.treeSize) || (v.treeSize as number) < 0) return 'treeSize must be a whole number ≥ 0';
  if (!hashFromHex(v.rootHash)) return 'rootHash must be 64 hex digits';
  if (typeof v.timestamp !== 'string' || Number.isNaN(Date.parse(v.timestamp))) return 'timestamp must be an ISO-8601 instant';
  if (typeof v.signature !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(v.signature)) return 'signature must be base64';
  return { treeSize: v.treeSize as number, rootHash: (v.rootHash as string).toLowerCase(), timestamp: v.timestamp, signature: v.signature, keyId: typeof v.keyId === 'string' ? v.keyId : '' };
}

/** True only when `publicKey` signed exactly this head. */
export function verifyHeadSignature(publicKey: KeyObject, head: SignedTreeHead): boolean {
  try {
    return verify(null, headPayload(head), publicKey, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}
