import type { EventStore } from '@samsyn/event-store';
import { type AnyProjection, type Upcaster, domainUpcast, toProjectedEvent } from '../projection';
import type { ProjectionSnapshotStore } from '../state-store/projection-state-store.port';
import { normalizeInstant, stateKey } from './projection-runner';

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
  /** Last position folded in (null: none). */
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
 * A projection's state as it was: the nearest snapshot at or before the target, then the events
 * between it and the target. An instant means "the last position whose occurredAt ≤ instant":
 * events are appended at the moment they are decided, so occurredAt grows with the position and
 * the replay stops at the first later event.
 */
export const stateAsOf = async <S>(projection: AnyProjection, target: AsOfTarget, deps: TimeTravelDeps): Promise<StateAsOf<S>> => {
  const upcast = deps.upcast ?? domainUpcast;
  const batchSize = deps.batchSize ?? 2000;
  const byInstant = 'instant' in target;
  const instant = byInstant ? normalizeInstant(target.instant) : '';
  const instantMs = byInstant ? Date.parse(instant) : 0;
  const snap = await deps.snapshots?.latestSnapshot(stateKey(projection), byInstant ? { instant } : target);
  let state = snap ? (snap.state as S) : (projection.initialState() as S);
  let position: bigint | null = snap ? snap.position : null;
  for (;;) {
    const limit = !byInstant && position !== null ? Number(min(BigInt(batchSize), target.position - position)) : batchSize;
    if (limit <= 0) break;
    const batch = await deps.store.readAll({ after: position ?? undefined, maxCount: limit });
    for (const e of batch) {
      if (byInstant ? Date.parse(e.metadata.occurredAt) > instantMs : e.position > target.position) return { state, position };
      state = projection.apply(state, toProjectedEvent(e, upcast)) as S;
      position = e.position;
    }
    if (batch.length < limit) break;
  }
  return { state, position };
};

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
