import {
  START,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Filter,
  type Position,
} from '@eventstore/db-client';
import type { EventFilter, StoredEvent, SubscribeOptions, Subscription } from '@samsyn/event-store/port';
import { fromRecorded, matchesFilter, planServerFilter, toRaw } from './esdb-mapping';

export interface SubscriptionStatus {
  caughtUp: boolean;
  /** Times the server stream errored or ended and was resubscribed. */
  drops: number;
  lastDrop: { at: string; reason: string } | null;
  /** Commit position of the last event seen (delivered or filtered out), as a decimal string. */
  lastPosition: string | null;
}

export interface EsdbSubscription extends Subscription {
  status(): SubscriptionStatus;
}

export interface EsdbSubscriptionDeps {
  client: EventStoreDBClient;
  namespace: string;
  /** Position of the last event matching the filter now: the catch-up target. */
  lastMatching(filter: EventFilter | undefined): Promise<bigint | null>;
  /** Full $all position for a commit position we delivered (prepare may differ from commit). */
  esdbPosition(commit: bigint): Position;
  remember(position: Position): void;
  backoff: { initialMs: number; maxMs: number };
}

export const serverFilter = (namespace: string, filter: EventFilter | undefined): Filter => {
  const plan = planServerFilter(namespace, filter);
  switch (plan.kind) {
    case 'stream-prefixes':
      return streamNameFilter({ prefixes: plan.prefixes });
    case 'event-type-regex':
      return eventTypeFilter({ regex: plan.regex });
    default:
      return excludeSystemEvents();
  }
};

/** A handler failure: ends the subscription (port semantics), unlike a server drop. */
class HandlerFailure {
  constructor(readonly error: unknown) {}
}

/**
 * Catch-up subscription on $all that never gives up on the server: an 'error' or 'end' of the
 * gRPC stream is a drop, answered by resubscribing from the last position seen with exponential
 * backoff, forever, while the drop is counted for /health and /metrics. Positions are exclusive:
 * an event at or before the last position is never delivered twice. Caught-up is decided in band
 * (the last matching event at subscribe time has been delivered), never from the out-of-band
 * 'caughtUp' signal, which can overtake events still buffered in the stream.
 */
export function startEsdbSubscription(deps: EsdbSubscriptionDeps, options: SubscribeOptions): EsdbSubscription {
  let last = options.after;
  let stopped = false;
  let delivering = false;
  let current: AllStreamSubscription | null = null;
  let wakeSleep: (() => void) | null = null;
  const status: SubscriptionStatus = { caughtUp: false, drops: 0, lastDrop: null, lastPosition: last?.toString() ?? null };
  let resolveCaughtUp!: () => void;
  const caughtUp = new Promise<void>((r) => (resolveCaughtUp = r));

  const markCaughtUp = (at: bigint) => {
    if (status.caughtUp) return;
    status.caughtUp = true;
    options.onCaughtUp?.(at);
    resolveCaughtUp();
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wakeSleep = null;
        resolve();
      }
      wakeSleep = done;
    });

  const drop = (reason: unknown) => {
    status.drops++;
    status.lastDrop = { at: new Date().toISOString(), reason: reason instanceof Error ? reason.message : String(reason) };
  };
  const backoff = (attempt: number) => Math.min(deps.backoff.maxMs, deps.backoff.initialMs * 2 ** Math.min(attempt, 16));

  const run = async () => {
    let target: bigint | null | undefined;
    for (let attempt = 0; !stopped && target === undefined; attempt++) {
      try {
        target = await deps.lastMatching(options.filter);
      } catch (error) {
        drop(error);
        await sleep(backoff(attempt));
      }
    }
    if (stopped || target === undefined) return;
    if (target === null || (last !== undefined && target <= last)) markCaughtUp(last ?? target ?? 0n);
    let attempt = 0;
    while (!stopped) {
      const sub = deps.client.subscribeToAll({
        fromPosition: last === undefined ? START : deps.esdbPosition(last),
        filter: serverFilter(deps.namespace, options.filter),
      });
      current = sub;
      try {
        for await (const resolved of sub) {
          if (stopped) break;
          const rec = resolved.event;
          if (!rec) continue;
          const commit = rec.position.commit;
          if (last !== undefined && commit <= last) continue;
          deps.remember(rec.position);
          const event: StoredEvent | null = fromRecorded(toRaw(rec), deps.namespace);
          if (event && matchesFilter(event, options.filter)) {
            delivering = true;
            try {
              await options.onEvent(event);
            } catch (error) {
              throw new HandlerFailure(error);
            } finally {
              delivering = false;
            }
          }
          last = commit;
          status.lastPosition = commit.toString();
          attempt = 0;
          if (target !== null && commit >= target) markCaughtUp(commit);
        }
        if (stopped) break;
        drop('the server ended the subscription');
      } catch (error) {
        if (error instanceof HandlerFailure) {
          stopped = true;
          options.onError?.(error.error);
          break;
        }
        if (stopped) break;
        drop(error);
      } finally {
        current = null;
        await sub.unsubscribe().catch(() => undefined);
      }
      if (!stopped) await sleep(backoff(attempt++));
    }
  };

  const loop = run()
    .catch((error) => {
      stopped = true;
      options.onError?.(error);
    })
    .finally(() => resolveCaughtUp());

  return {
    caughtUp,
    status: () => ({ ...status }),
    async stop() {
      stopped = true;
      wakeSleep?.();
      await current?.unsubscribe().catch(() => undefined);
      if (!delivering) await loop;
    },
  };
}
