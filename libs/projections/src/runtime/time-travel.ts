import { fastReadsOf, type EventStore } from '@samsyn/event-store';
import { type AnyProjection, type Upcaster, domainUpcast, reviveState, stateKeyOf, toProjectedEvent } from '../projection';
import type { ProjectionSnapshotStore } from '../state-store/projection-state-store.port';
import { normalizeInstant } from './instant';

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
  const snap = await deps.snapshots?.latestSnapshot(stateKeyOf(projection), byInstant ? { instant } : target);
  let state = snap ? reviveState<S>(projection, snap.state) : (projection.initialState() as S);
  let position: bigint | null = snap ? snap.position : null;
  if (!byInstant) {
    // A target position: the ranges up to it, of the reacting types only. A range bounds the
    // store's scan, so a type filter never walks a type index to the end of the log.
    const reads = fastReadsOf(deps.store);
    const types = projection.eventTypes ? [...projection.eventTypes] : undefined;
    let span = batchSize;
    for (let after = position ?? 0n; after < target.position; ) {
      const upTo = min(after + span, target.position);
      const { events, last } = await reads.readRangeLean({ after, upTo, types });
      for (const e of events) state = projection.apply(state, toProjectedEvent(e, upcast)) as S;
      if (last !== null) position = last;
      after = upTo;
      span = nextSpan(span, batchSize, last === upTo, events.length);
    }
    return { state, position };
  }
  // An instant: pages of the log until the first later event, filtered here, not by the store (a
  // type filter with "after, ordered by position, limit" can make SQLite walk its type index to
  // the end of the log, where the window up to the target is a few thousand events at most).
  const reacts = projection.eventTypes ? new Set(projection.eventTypes) : null;
  for (;;) {
    const batch = await deps.store.readAll({ after: position ?? undefined, maxCount: Number(batchSize) });
    for (const e of batch) {
      if (Date.parse(e.metadata.occurredAt) > instantMs) return { state, position };
      if (!reacts || reacts.has(e.type)) state = projection.apply(state, toProjectedEvent(e, upcast)) as S;
      position = e.position;
    }
    if (BigInt(batch.length) < batchSize) break;
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

/**
 * The width of the next range a replay reads. Gapless positions (SQLite, PostgreSQL) fill every
 * range below the head to its end, so a range of `batch` positions is `batch` events and the width
 * stays. Sparse ones (EventStoreDB's commit positions) leave ranges short: the next one is twice
 * as wide, until a range brings more than a batch of events, which halves it again.
 */
const nextSpan = (span: bigint, batch: bigint, filledToEnd: boolean, events: number): bigint => {
  if (filledToEnd) return batch;
  if (BigInt(events) > batch) return span / 2n > batch ? span / 2n : batch;
  return span * 2n;
};
