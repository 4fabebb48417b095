import type { EventStore } from '@samsyn/event-store';
import { type AnyProjection, type Upcaster, reviveState, stateKeyOf, toProjectedEvent } from '../projection';
import type { ProjectionStateStore } from '../state-store/projection-state-store.port';

/**
 * A projection that threw on an event. It applies nothing more until it is rebuilt (a fold is
 * pure, so the same event would throw again); its state is the last good one — rebuilt from its
 * saved state and the events before the failing one, since `apply` may have changed the state
 * before it threw — and it is never saved past that. The other projections go on.
 */
export interface ProjectionFailure {
  projection: string;
  /** The failing event's global position (decimal), type and stream. */
  position: string;
  type: string;
  streamId: string;
  error: string;
  /** The position its state stands at (null: nothing applied). */
  standsAt: string | null;
}

export interface LastGoodDeps {
  store: EventStore;
  stateStore: ProjectionStateStore;
  upcast: Upcaster;
  pageSize: number;
}

/**
 * A failed projection's state before the failing event: its saved state (when that lies before
 * the event), then the events up to it. `apply` may change a state in place before it throws, so
 * the state in memory cannot be trusted; the events before the failing one applied before, and a
 * fold is pure, so they apply again.
 */
export const lastGoodState = async (p: AnyProjection, failedAt: bigint, deps: LastGoodDeps): Promise<unknown> => {
  const stored = await deps.stateStore.load(stateKeyOf(p));
  const usable = stored.position !== null && stored.state !== null && stored.position < failedAt;
  let state = usable ? reviveState(p, stored.state) : p.initialState();
  let position = usable ? stored.position : null;
  for (;;) {
    const page = await deps.store.readAll({ after: position ?? undefined, maxCount: deps.pageSize });
    for (const e of page) {
      if (e.position >= failedAt) return state;
      state = p.apply(state, toProjectedEvent(e, deps.upcast));
      position = e.position;
    }
    if (page.length < deps.pageSize) return state;
  }
};
