import type { EventStore } from '@samsyn/event-store';
import { type AnyProjection, type ProjectableEvent, type Upcaster, domainUpcast, reviveState, toProjectedEvent } from '../projection';
import type { ProjectionSnapshotStore } from '../state-store/projection-state-store.port';
import { normalizeInstant } from './instant';
import { stateKey } from './projection-runner';

/** A store's optional read of a position range (the SQLite store's readRangeLean). */
type RangeRead = {
  readRangeLean?(range: { after: bigint; upTo: bigint; types?: readonly string[] }): Promise<{ events: ProjectableEvent[]; last: bigint | null }>;
};

export type AsOfTarget = { position: bigint } | { instant: string };

export interface TimeTravelDeps {
  store: EventStore;
  snapshots?: ProjectionSnapshotStore;
  upcast?: Upcaster;
  /** Events per readAll while replaying from a snapshot. */
  batchSize?: number;
}

export interface StateAsOf<S> {
  state: S;
  /** The position the state stands at (null: before the first event). */
  position: bigint | null;
}

export class InvalidAsOfError extends Error {
  readonly code = 'INVALID_AS_OF';
  constructor(value: string) {
    super(`not an ISO-8601 instant or a global position: "${value}"`);
    this.name = 'InvalidAsOfError';
  }
}

/** Accepts what `Date.parse` reads as an instant and answers it in `toISOString` form. */
export const parseInstant = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) throw new InvalidAsOfError(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidAsOfError(value);
  return new Date(ms).toISOString();
};

/**
 * A target position beyond the store's head means the head: nothing lies beyond it. Clamped here,
 * where the replay walks towards the target, so that no caller's number decides how long it walks
 * (a replay stepping in batches towards 2^63 never ended).
 */
export const clampToHead = async (store: EventStore, position: bigint): Promise<bigint> => {
  if (position <= 0n) return 0n;
  const head = (await store.headPosition()) ?? 0n;
  return position < head ? position : head;
};

/**
 * A projection's state as it was: the nearest snapshot at or before the target, then the events
 * between it and the target (of the types the projection reacts to, when it declares them). An
 * instant means "the last position whose occurredAt ≤ instant": events are appended at the moment
 * they are decided, so occurredAt grows with the position and the replay stops at the first later
 * event. A position beyond the head answers as of the head.
 */
export const stateAsOf = async <S>(projection: AnyProjection, asked: AsOfTarget, deps: TimeTravelDeps): Promise<StateAsOf<S>> => {
  const target: AsOfTarget = 'position' in asked ? { position: await clampToHead(deps.store, asked.position) } : asked;
  const upcast = deps.upcast ?? domainUpcast;
  const batchSize = BigInt(deps.batchSize ?? 2000);
  const byInstant = 'instant' in target;
  const instant = byInstant ? normalizeInstant(target.instant) : '';
  const instantMs = byInstant ? Date.parse(instant) : 0;
  // Filtered in memory, not by the store: a type filter with "after, ordered by position, limit"
  // can make SQLite walk its type index to the end of the log, where the window up to the target
  // is only ever a few thousand events from the nearest snapshot.
  const reacts = projection.eventTypes ? new Set(projection.eventTypes) : null;
  const snap = await deps.snapshots?.latestSnapshot(stateKey(projection), byInstant ? { instant } : target);
  let state = snap ? reviveState<S>(projection, snap.state) : (projection.initialState() as S);
  let position: bigint | null = snap ? snap.position : null;
  const ranged = deps.store as EventStore & RangeRead;
  if (!byInstant && typeof ranged.readRangeLean === 'function') {
    // A target position: read the range up to it, of the reacting types only (SQLite).
    const types = projection.eventTypes ? [...projection.eventTypes] : undefined;
    for (let after = position ?? 0n; after < target.position; ) {
      const upTo = min(after + batchSize, target.position);
      const { events, last } = await ranged.readRangeLean({ after, upTo, types });
      for (const e of events) state = projection.apply(state, toProjectedEvent(e, upcast)) as S;
      if (last !== null) position = last;
      after = upTo;
    }
    return { state, position };
  }
  for (;;) {
    // Positions are distinct integers: no more than target − position events can lie before the target.
    const limit = byInstant ? batchSize : min(batchSize, target.position - (position ?? -1n));
    if (limit <= 0n) break;
    const batch = await deps.store.readAll({ after: position ?? undefined, maxCount: Number(limit) });
    for (const e of batch) {
      if (byInstant ? Date.parse(e.metadata.occurredAt) > instantMs : e.position > target.position) {
        return { state, position: byInstant ? position : target.position };
      }
      if (!reacts || reacts.has(e.type)) state = projection.apply(state, toProjectedEvent(e, upcast)) as S;
      position = e.position;
    }
    if (BigInt(batch.length) < limit) break;
  }
  return { state, position };
};

/**
 * The last position whose event happened at or before `instant` (0n: none), by binary search on
 * the log — occurredAt grows with the position — with one single-event read per step.
 */
export const positionAtInstant = async (store: EventStore, instant: string): Promise<bigint> => {
  const ms = Date.parse(instant);
  const head = await store.headPosition();
  if (head === null) return 0n;
  let lo = 0n;
  let hi = head;
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n;
    const [e] = await store.readAll({ after: mid - 1n, maxCount: 1 });
    if (e && e.position <= hi && Date.parse(e.metadata.occurredAt) <= ms) lo = e.position;
    else hi = mid - 1n;
  }
  return lo;
};

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
