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

export const hashParts = (content: Omit<HashedContent, 'position' | 'revision'>): HashParts => hashPartsWith(canonicalMember, content);

/**
 * hashParts with a given canonical encoder. SELF-CONTAINED (see canonicalEncoder): a writer thread
 * runs it from its source text.
 */
/* istanbul ignore next */
export function hashPartsWith(encode: (value: unknown) => string | undefined, content: Omit<HashedContent, 'position' | 'revision'>): HashParts {
  let head = '{';
  let member = encode(content.data);
  if (member !== undefined) head += `"data":${member},`;
  member = encode(content.id);
  if (member !== undefined) head += `"id":${member},`;
  member = encode(content.metadata);
  if (member !== undefined) head += `"metadata":${member},`;
  let tail = '';
  member = encode(content.schemaVersion);
  if (member !== undefined) tail += `,"schemaVersion":${member}`;
  member = encode(content.streamId);
  if (member !== undefined) tail += `,"streamId":${member}`;
  member = encode(content.type);
  if (member !== undefined) tail += `,"type":${member}`;
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
