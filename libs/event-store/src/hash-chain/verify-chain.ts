import type { ChainVerification, StoredEvent } from '../port/event-store.port';
import { GENESIS_HASH, hashEvent } from './hash-event';

export interface VerifyChainOptions {
  /** Positions are 1, 2, 3, … with no holes (SQLite, PostgreSQL): a hole is a deleted event. */
  gapless?: boolean;
  onProgress?: (checked: number) => void;
}

/**
 * Walks events in position order and reports the first that does not verify: a position that does
 * not increase (reordering), a hole in gapless positions (deletion), a previousHash that is not the
 * hash of the event before (deletion, reordering, insertion), or a hash that does not match the
 * content (editing). Deleting the very last events cannot be seen from inside the chain: compare
 * `headHash` with a copy kept elsewhere for that.
 */
export async function verifyChain(events: AsyncIterable<StoredEvent> | Iterable<StoredEvent>, options: VerifyChainOptions = {}): Promise<ChainVerification> {
  let checked = 0;
  let previous: StoredEvent | null = null;
  const broken = (e: StoredEvent, reason: string): ChainVerification => ({
    ok: false,
    checked,
    headPosition: previous?.position ?? null,
    headHash: previous?.hash ?? null,
    brokenAt: e.position,
    reason,
  });

  for await (const e of events) {
    if (previous && e.position <= previous.position) return broken(e, `position ${e.position} does not follow ${previous.position}`);
    if (options.gapless) {
      const expected = previous ? previous.position + 1n : 1n;
      if (e.position !== expected) return broken(e, `position ${e.position} where ${expected} was expected: an event is missing`);
    }
    const expectedPrevious = previous?.hash ?? GENESIS_HASH;
    if (e.previousHash !== expectedPrevious) return broken(e, `previous hash does not link to the event before position ${e.position}`);
    if (hashEvent(e, e.previousHash) !== e.hash) return broken(e, `hash does not match the content at position ${e.position}`);
    previous = e;
    checked++;
    options.onProgress?.(checked);
  }
  return { ok: true, checked, headPosition: previous?.position ?? null, headHash: previous?.hash ?? null };
}
