import type { StoredEvent } from './event-store.port';

/** A stored event without its id and hash chain: what a projection reads (the stores' lean reads). */
export type LeanStoredEvent = Omit<StoredEvent, 'id' | 'hash' | 'previousHash'>;

/** For a lean read at positions: JSON paths ('$.a.b') of the data of events of this type and
 * version to leave out. */
export interface LeanSlim {
  type: string;
  schemaVersion: number;
  paths: readonly string[];
}
