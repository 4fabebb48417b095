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
  /** First and longest wait before reading again after the store was unavailable. */
  retryFirstMs?: number;
  retryMaxMs?: number;
}

/** A store that is away for now (a database restarting), as opposed to a fault that will repeat. */
const isUnavailable = (e: unknown): boolean =>
  (e as { name?: unknown })?.name === 'StoreUnavailableError' || (e as { code?: unknown })?.code === 'STORE_UNAVAILABLE';

/**
 * History then live, by reading the log in batches after a cursor. An in-process wake-up makes live
 * delivery immediate; the poll catches writers in other processes. One event at a time: the next
 * read waits for the handler's promise. A store that is unavailable (StoreUnavailableError from a
 * read or from the handler's own writes) is waited for with backoff and the subscription resumes
 * after its cursor — the last event whose handler completed — so an event whose handler failed
 * that way is delivered again (handlers must take a repeat: the projection runner skips what it
 * has applied); any other read or handler error stops it and goes to onError.
 */
export function catchUpSubscription(source: CatchUpSource, options: SubscribeOptions, tuning: CatchUpTuning = {}): Subscription {
  const batchSize = tuning.batchSize ?? 500;
  const pollIntervalMs = tuning.pollIntervalMs ?? 250;
  const retryFirstMs = tuning.retryFirstMs ?? 100;
  const retryMaxMs = tuning.retryMaxMs ?? 5_000;
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

  const idle = (ms = pollIntervalMs) =>
    new Promise<void>((resolve) => {
      if (pendingWake || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  const run = async () => {
    let retryMs = retryFirstMs;
    while (!stopped) {
      try {
        await step();
        retryMs = retryFirstMs;
      } catch (error) {
        if (!isUnavailable(error) || stopped) throw error;
        // A wake-up (an append, a LISTEN connection back) or stop() ends the wait early.
        await idle(retryMs);
        retryMs = Math.min(retryMaxMs, retryMs * 2);
      }
    }
  };

  /** One read after the cursor, its events handled, then (when caught up) the wait for more. */
  const step = async () => {
    pendingWake = false;
    // Read the head first: when the batch is not full, every match up to it has been seen.
    const head = await source.headPosition();
    const batch = await source.readAll({ after: cursor, maxCount: batchSize, filter: options.filter });
    for (const event of batch) {
      if (stopped) return;
      await insideHandler.run(true, () => options.onEvent(event));
      cursor = event.position;
    }
    if (batch.length === batchSize) return;
    if (head !== null && head > cursor) cursor = head;
    if (!isCaughtUp) {
      isCaughtUp = true;
      options.onCaughtUp?.(cursor);
      resolveCaughtUp();
    }
    await idle();
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
