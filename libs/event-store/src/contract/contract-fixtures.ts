import { GENESIS_HASH } from '../hash-chain/hash-event';
import type { EventMetadata, EventToAppend, StoredEvent } from '../port/event-store.port';

// What the contract's tests append and how they wait. Asynchrony is awaited through promises
// resolved by handlers, never with sleeps.

export const GENESIS = GENESIS_HASH;

export const meta = (over: Partial<EventMetadata> = {}): EventMetadata => ({
  actor: 'user-1',
  occurredAt: '2024-05-01T10:00:00.000Z',
  correlationId: 'corr-1',
  causationId: null,
  ...over,
});

export const ev = (type: string, data: unknown = {}, over: Partial<EventToAppend> = {}): EventToAppend => ({
  type,
  schemaVersion: 1,
  data,
  metadata: meta(),
  ...over,
});

export const events = (n: number, type = 'Counted'): EventToAppend[] => Array.from({ length: n }, (_, i) => ev(type, { i }));

export const rejection = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
};

/** Collects delivered events; `until(n)` resolves once n events have arrived. */
export const collector = () => {
  const seen: StoredEvent[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  return {
    seen,
    onEvent: (e: StoredEvent) => {
      seen.push(e);
      for (const w of waiters.filter((w) => seen.length >= w.n)) w.resolve();
    },
    until: (n: number) =>
      new Promise<void>((resolve) => {
        if (seen.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
  };
};
