import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventFilter, StoredEvent, SubscribeOptions, Subscription } from '@samsyn/event-store/port';

export interface SubscriptionSource {
  head(): Promise<bigint | null>;
  /** Events with after < position <= upTo matching the filter, in position order. */
  readRange(after: bigint | undefined, upTo: bigint, filter: EventFilter | undefined, maxCount: number): Promise<StoredEvent[]>;
  /** Registers a wake-up (a NOTIFY arrived); returns the unregister function. */
  onWake(listener: () => void): () => void;
  pageSize: number;
  pollIntervalMs: number;
}

/**
 * Catch-up then live, one loop: read pages up to the head seen at the start of the round, then
 * sleep until a NOTIFY or the poll timer. Reading up to a fixed head makes filtering safe: the
 * cursor moves to that head even when no event in the range matched. Positions are committed in
 * order (see PostgresEventStore), so a head read here never hides an earlier uncommitted event.
 */
export function startPostgresSubscription(source: SubscriptionSource, options: SubscribeOptions): Subscription {
  let cursor = options.after;
  let stopped = false;
  // Marks the handler's own async context, so stop() can tell a call from inside the handler.
  const insideHandler = new AsyncLocalStorage<true>();
  let wake: (() => void) | null = null;
  let pending = false;
  let resolveCaughtUp!: () => void;
  let rejectCaughtUp!: (e: unknown) => void;
  const caughtUp = new Promise<void>((res, rej) => {
    resolveCaughtUp = res;
    rejectCaughtUp = rej;
  });
  caughtUp.catch(() => undefined); // reported through onError; awaiting it is optional
  let isCaughtUp = false;

  const unregister = source.onWake(() => {
    pending = true;
    wake?.();
  });

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (pending || stopped) return resolve();
      const timer = setTimeout(done, source.pollIntervalMs);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  const run = async () => {
    while (!stopped) {
      pending = false;
      const head = await source.head();
      if (head !== null && (cursor === undefined || head > cursor)) {
        const page = await source.readRange(cursor, head, options.filter, source.pageSize);
        for (const event of page) {
          if (stopped) return;
          await insideHandler.run(true, () => options.onEvent(event));
          cursor = event.position;
        }
        if (page.length < source.pageSize) cursor = head;
        continue; // the head may have moved while we delivered
      }
      if (!isCaughtUp) {
        isCaughtUp = true;
        options.onCaughtUp?.(cursor ?? head ?? 0n);
        resolveCaughtUp();
      }
      await sleep();
    }
  };

  const loop = run()
    .catch((error) => {
      if (stopped) return;
      stopped = true;
      rejectCaughtUp(error);
      options.onError?.(error);
    })
    .finally(() => {
      unregister();
      if (!isCaughtUp) resolveCaughtUp(); // stopped before catching up: nothing more will come
    });

  return {
    caughtUp,
    async stop() {
      stopped = true;
      wake?.();
      // From outside: resolve once the in-flight handler has finished, so nothing runs after.
      // From inside onEvent: the loop is waiting on that very handler, so do not wait for it.
      if (!insideHandler.getStore()) await loop;
    },
  };
}
