import { createHash } from 'node:crypto';
import type { StoredEvent } from '../port/event-store.port';
import { canonicalJson } from './canonical-json';

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

/** sha-256 hex over previousHash followed by the canonical JSON of the content. */
export function hashEvent(content: HashedContent, previousHash: string): string {
  return createHash('sha256').update(previousHash).update(canonicalJson(hashedContent(content))).digest('hex');
}
