import { createHash } from 'node:crypto';
import type { StoredEvent } from '../port/event-store.port';
import { canonicalJson, canonicalMember } from './canonical-json';

/** The previous hash of the very first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the hash covers: everything that gives an event its meaning and its place. */
export type HashedContent = Pick<StoredEvent, 'id' | 'streamId' | 'revision' | 'position' | 'type' | 'schemaVersion' | 'data' | 'metadata'>;

export const hashedContent = (e: HashedContent): HashedContent => ({
  id: e.id,
  streamId: e.streamId,
  revision: e.revision,
  position: e.position,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
});

/**
 * The canonical JSON of an event's content without its position and revision, which a writer
 * learns only inside its transaction: the content's text is `head + "<position>","revision":"<revision>" + tail`
 * (the keys sorted: data, id, metadata come before position and revision; schemaVersion,
 * streamId, type after). A writer computes the parts before it takes the write lock and only
 * splices the numbers in (hashWithParts) under it.
 */
export interface HashParts {
  head: string;
  tail: string;
}

export function hashParts(content: Omit<HashedContent, 'position' | 'revision'>): HashParts {
  let head = '{';
  for (const [key, value] of [
    ['data', content.data],
    ['id', content.id],
    ['metadata', content.metadata],
  ] as const) {
    const member = canonicalMember(value);
    if (member !== undefined) head += `"${key}":${member},`;
  }
  let tail = '';
  for (const [key, value] of [
    ['schemaVersion', content.schemaVersion],
    ['streamId', content.streamId],
    ['type', content.type],
  ] as const) {
    const member = canonicalMember(value);
    if (member !== undefined) tail += `,"${key}":${member}`;
  }
  return { head: `${head}"position":`, tail: `${tail}}` };
}

/** The canonical text of the content from its parts (see HashParts). */
export const spliceHashParts = (parts: HashParts, position: bigint, revision: bigint): string =>
  `${parts.head}"${position}","revision":"${revision}"${parts.tail}`;

/** sha-256 hex over previousHash followed by the canonical JSON of the content. */
export function hashWithParts(parts: HashParts, position: bigint, revision: bigint, previousHash: string): string {
  return createHash('sha256').update(previousHash).update(spliceHashParts(parts, position, revision)).digest('hex');
}

/** sha-256 hex over previousHash followed by the canonical JSON of the content. */
export function hashEvent(content: HashedContent, previousHash: string): string {
  if (typeof content.position !== 'bigint' || typeof content.revision !== 'bigint') {
    return createHash('sha256').update(previousHash).update(canonicalJson(hashedContent(content))).digest('hex');
  }
  return hashWithParts(hashParts(content), content.position, content.revision, previousHash);
}
