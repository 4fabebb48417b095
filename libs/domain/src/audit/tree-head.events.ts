import type { DomainEvent } from '../shared';

/** A signed tree head (RFC 9162: size, root, instant, Ed25519 signature) published into the log
 * itself, so every copy of the store carries the heads it was committed to. */
export type TreeHeadSigned = DomainEvent<
  'TreeHeadSigned',
  { treeSize: number; rootHash: string; timestamp: string; signature: string; keyId: string }
>;

export type TreeHeadEvent = TreeHeadSigned;
