import { StoreUnavailableError } from '../port/errors';
import type { ReadAllOptions, StoredEvent } from '../port/event-store.port';
import { catchUpSubscription, type CatchUpSource } from './catch-up-subscription';

const event = (position: number): StoredEvent => ({
  id: `e${position}`,
  streamId: 's',
  revision: BigInt(position - 1),
  position: BigInt(position),
  type: 'T',
  schemaVersion: 1,
  data: {},
  metadata: { occurredAt: '2026-01-01T00:00:00.000Z' } as StoredEvent['metadata'],
  hash: '',
  previousHash: '',
});

/** A log of `n` events whose reads fail while `down` says so. */
const source = (n: number, down: () => unknown | undefined): CatchUpSource & { reads: number } => {
  const log = Array.from({ length: n }, (_, i) => event(i + 1));
  const s = {
    reads: 0,
    async readAll(o: ReadAllOptions) {
      s.reads++;
      const failure = down();
      if (failure) throw failure;
      return log.filter((e) => e.position > (o.after ?? 0n)).slice(0, o.maxCount);
    },
    async headPosition() {
      const failure = down();
      if (failure) throw failure;
      return BigInt(n);
    },
    onAppended: () => () => undefined,
  };
  return s;
};

const tuning = { batchSize: 2, pollIntervalMs: 10, retryFirstMs: 1, retryMaxMs: 5 };

describe('catch-up subscription while the store is unavailable (issue 10 item 3)', () => {
  it('given reads that fail with StoreUnavailableError, it waits, resumes from its cursor and delivers every event once', async () => {
    let failures = 3;
    const src = source(5, () => (failures-- > 0 ? new StoreUnavailableError('database restarting') : undefined));
    const seen: bigint[] = [];
    const errors: unknown[] = [];
    const sub = catchUpSubscription(src, { onEvent: (e) => void seen.push(e.position), onError: (e) => errors.push(e) }, tuning);
    await sub.caughtUp;
    await sub.stop();
    expect(seen).toEqual([1n, 2n, 3n, 4n, 5n]);
    expect(errors).toEqual([]);
  });

  it('given a handler whose own write finds the store unavailable, that event is delivered again and the rest follow', async () => {
    const src = source(3, () => undefined);
    const calls: bigint[] = [];
    let failOnce = true;
    const sub = catchUpSubscription(
      src,
      {
        onEvent: async (e) => {
          calls.push(e.position);
          if (e.position === 2n && failOnce) {
            failOnce = false;
            throw new StoreUnavailableError('state store away');
          }
        },
      },
      tuning,
    );
    await sub.caughtUp;
    await sub.stop();
    expect(calls).toEqual([1n, 2n, 2n, 3n]);
  });

  it('given any other error, it stops and reports it, as before', async () => {
    const src = source(3, () => new Error('relation "events" does not exist'));
    const errors: unknown[] = [];
    const sub = catchUpSubscription(src, { onEvent: () => undefined, onError: (e) => errors.push(e) }, tuning);
    await expect(sub.caughtUp).rejects.toThrow('does not exist');
    expect(errors).toHaveLength(1);
    await sub.stop();
  });

  it('stop() ends the wait for an unavailable store', async () => {
    const src = source(3, () => new StoreUnavailableError('down for good'));
    const sub = catchUpSubscription(src, { onEvent: () => undefined }, { ...tuning, retryFirstMs: 60_000, retryMaxMs: 60_000 });
    await new Promise((r) => setTimeout(r, 20));
    const hung = new Promise((r) => setTimeout(() => r('still waiting'), 2_000).unref());
    await expect(Promise.race([sub.stop().then(() => 'stopped'), hung])).resolves.toBe('stopped');
  });
});
