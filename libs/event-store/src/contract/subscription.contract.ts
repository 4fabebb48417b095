import type { Subscription } from '../port/event-store.port';
import { collector, events } from './contract-fixtures';
import type { ContractWorld } from './contract-world';

/** The catch-up subscription: history, then live, in order, exactly once; stop and errors. */
export function describeSubscriptionContract({ store, track }: ContractWorld): void {
  describe('catch-up subscription', () => {
    it('delivers history, turns live, then delivers new events in order exactly once', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      const c = collector();
      let caughtUpAt: bigint | undefined;
      const sub = track(store.subscribe({ onEvent: c.onEvent, onCaughtUp: (p) => (caughtUpAt = p) }));
      await sub.caughtUp;
      expect(c.seen.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
      expect(caughtUpAt).toBe(await store.headPosition());

      await store.append('proc-1', events(2), { expectedRevision: 2n });
      await store.append('term-1', events(1), { expectedRevision: 'no-stream' });
      await c.until(6);
      const all = await store.readAll();
      expect(c.seen.map((e) => e.position)).toEqual(all.map((e) => e.position));
      expect(c.seen).toEqual(all);
    });

    it('on an empty store catches up at once and delivers live events', async () => {
      const c = collector();
      const sub = track(store.subscribe({ onEvent: c.onEvent }));
      await sub.caughtUp;
      expect(c.seen).toEqual([]);
      await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
      await c.until(2);
      expect(c.seen.map((e) => e.revision)).toEqual([0n, 1n]);
    });

    it('starts after a given position (exclusive)', async () => {
      await store.append('proc-1', events(4), { expectedRevision: 'no-stream' });
      const all = await store.readAll();
      const c = collector();
      const sub = track(store.subscribe({ after: all[1].position, onEvent: c.onEvent }));
      await sub.caughtUp;
      expect(c.seen.map((e) => e.revision)).toEqual([2n, 3n]);
      await store.append('proc-1', events(1), { expectedRevision: 3n });
      await c.until(3);
      expect(c.seen.map((e) => e.revision)).toEqual([2n, 3n, 4n]);
    });

    it('applies the filter to history and live events', async () => {
      await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
      await store.append('term-1', events(1), { expectedRevision: 'no-stream' });
      const c = collector();
      const sub = track(store.subscribe({ filter: { streamPrefixes: ['term-'] }, onEvent: c.onEvent }));
      await sub.caughtUp;
      expect(c.seen.map((e) => e.streamId)).toEqual(['term-1']);
      await store.append('proc-1', events(1), { expectedRevision: 1n });
      await store.append('term-2', events(1), { expectedRevision: 'no-stream' });
      await c.until(2);
      expect(c.seen.map((e) => e.streamId)).toEqual(['term-1', 'term-2']);
    });

    it('waits for an async handler before delivering the next event', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      let inFlight = 0;
      let maxInFlight = 0;
      const c = collector();
      const sub = track(
        store.subscribe({
          onEvent: async (e) => {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await Promise.resolve();
            await new Promise((r) => setImmediate(r));
            inFlight--;
            c.onEvent(e);
          },
        }),
      );
      await sub.caughtUp;
      await store.append('proc-1', events(2), { expectedRevision: 2n });
      await c.until(5);
      expect(maxInFlight).toBe(1);
      expect(c.seen.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
    });

    it('stop() ends delivery', async () => {
      const stopped = collector();
      const sub = store.subscribe({ onEvent: stopped.onEvent });
      await sub.caughtUp;
      await sub.stop();
      const witness = collector();
      const other = track(store.subscribe({ onEvent: witness.onEvent }));
      await other.caughtUp;
      await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
      await witness.until(2);
      expect(stopped.seen).toEqual([]);
    });

    it('stop() from outside resolves only after the in-flight handler has finished', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      let entered!: () => void;
      const inHandler = new Promise<void>((r) => (entered = r));
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const finished: bigint[] = [];
      const sub = track(
        store.subscribe({
          onEvent: async (e) => {
            entered();
            await gate;
            finished.push(e.revision);
          },
        }),
      );
      await inHandler;
      let stopResolved = false;
      const stopping = sub.stop().then(() => (stopResolved = true));
      await new Promise((r) => setImmediate(r));
      expect(stopResolved).toBe(false);
      release();
      await stopping;
      expect(finished).toEqual([0n]);
    });

    it('stop() from inside a handler does not wait for that handler', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      const delivered: bigint[] = [];
      let stoppedInside!: () => void;
      const done = new Promise<void>((r) => (stoppedInside = r));
      let sub!: Subscription;
      sub = track(
        store.subscribe({
          onEvent: async (e) => {
            delivered.push(e.revision);
            await sub.stop();
            stoppedInside();
          },
        }),
      );
      await done;
      await sub.stop();
      expect(delivered).toEqual([0n]);
    });

    it('a handler error stops the subscription and surfaces through onError', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      const boom = new Error('handler failed');
      const delivered: bigint[] = [];
      const reported = new Promise<unknown>((resolve) => {
        track(
          store.subscribe({
            onEvent: (e) => {
              delivered.push(e.revision);
              if (e.revision === 1n) throw boom;
            },
            onError: resolve,
          }),
        );
      });
      expect(await reported).toBe(boom);
      expect(delivered).toEqual([0n, 1n]);
    });

    it('a live handler error surfaces through onError', async () => {
      const boom = new Error('live failure');
      let sub!: Subscription;
      const reported = new Promise<unknown>((resolve) => {
        sub = track(store.subscribe({ onEvent: () => Promise.reject(boom), onError: resolve }));
      });
      await sub.caughtUp;
      await store.append('proc-1', events(1), { expectedRevision: 'no-stream' });
      expect(await reported).toBe(boom);
    });
  });
}
