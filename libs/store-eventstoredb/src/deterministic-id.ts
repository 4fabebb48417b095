import { createHash } from 'node:crypto';

/** Namespace of Samsyn's name-based event ids (a fixed random UUID; never change it). */
export const SAMSYN_ID_NAMESPACE = '6d0f4b52-3c1e-4f7a-9a57-1b3f0c6e2d84';

/**
 * RFC 4122 version-5 UUID (SHA-1, name-based) from a namespace and a name. Retried appends with
 * the same idempotency key produce the same event ids, so EventStoreDB's own idempotency check
 * recognises them as already written.
 */
export function uuidV5(name: string, namespace = SAMSYN_ID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The id of the `index`-th event of the append made under `idempotencyKey`. */
export const idempotentEventId = (idempotencyKey: string, streamId: string, index: number): string =>
  uuidV5(`${streamId}\u0000${idempotencyKey}\u0000${index}`);
