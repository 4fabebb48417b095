import { AsyncLocalStorage } from 'node:async_hooks';
import type { ReadAllOptions, StoredEvent, SubscribeOptions, Subscription } from '../port/event-store.port';

/** What a polling catch-up subscription needs from a store. */
export interface CatchUpSource {
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
  headPosition(): Promise<bigint | null>;
  /** Registers a wake-up called after each committed append in this process; returns the unregister. */
  onAppended(listener: () => void): () => void;
}

export interface CatchUpTuning {
  batchSize?: number;
  /** Fallback poll for appends made by other processes, which the in-process wake-up cannot see. */
  pollIntervalMs?: number;
}

/**
 * History then live, by reading the log in batches after a cursor. An in-process wake-up makes live
 * delivery immediate; the poll catches writers in other processes. One event at a time: the next
 * read waits for the handler's promise. A handler or read error stops it and goes to onError.
 */
export function catchUpSubscription(source: CatchUpSource, options: SubscribeOptions, tuning: CatchUpTuning = {}): Subscription {
  const batchSize = tuning.batchSize ?? 500;
  const pollIntervalMs = tuning.pollIntervalMs ?? 250;
  let cursor = options.after ?? 0n;
  let stopped = false;
  // Marks the handler's own async context, so stop() can tell a call from inside the handler.
  const insideHandler = new AsyncLocalStorage<true>();
  let isCaughtUp = false;
  let pendingWake = false;
  let wake: (() => void) | null = null;

  let resolveCaughtUp!: () => void;
  let rejectCaughtUp!: (e: unknown) => void;
  const caughtUp = new Promise<void>((resolve, reject) => {
    resolveCaughtUp = resolve;
    rejectCaughtUp = reject;
  });
  // Whoever only listens through onError must not get an unhandled rejection.
  caughtUp.catch(() => undefined);

  const unregister = source.onAppended(() => {
    pendingWake = true;
    wake?.();
  });

  const idle = () =>
    new Promise<void>((resolve) => {
      if (pendingWake || stopped) return resolve();
      const timer = setTimeout(done, pollIntervalMs);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  const run = async () => {
    while (!stopped) {
      pendingWake = false;
      // Read the head first: when the batch is not full, every match up to it has been seen.
      const head = await source.headPosition();
      const batch = await source.readAll({ after: cursor, maxCount: batchSize, filter: options.filter });
      for (const event of batch) {
        if (stopped) return;
        await insideHandler.run(true, () => options.onEvent(event));
        cursor = event.position;
      }
      if (batch.length === batchSize) continue;
      if (head !== null && head > cursor) cursor = head;
      if (!isCaughtUp) {
        isCaughtUp = true;
        options.onCaughtUp?.(cursor);
        resolveCaughtUp();
      }
      await idle();
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
      // Stopped before catching up: nobody should wait for ever.
      resolveCaughtUp();
    });

  return {
    caughtUp,
    async stop() {
      stopped = true;
      wake?.();
      // From outside: resolve once the in-flight handler has finished, so nothing runs after.
      // From inside a handler: waiting for the loop would wait for that very handler.
      if (!insideHandler.getStore()) await loop;
    },
  };
}
