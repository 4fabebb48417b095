import type { EventMetadata } from '@samsyn/event-store';
import { reviveState, type ProjectedEvent, type Projection, type SamsynEvent } from '../projection';

/** An event of the catalogue; where and when it happened only when the rule cares. */
export type GivenEvent = SamsynEvent & { streamId?: string; position?: bigint; metadata?: Partial<EventMetadata> };

export interface ProjectionSpecOptions {
  /** The instant of the first event; each next one is `stepMs` later. */
  start?: string;
  stepMs?: number;
  /** The actor of events that name none. */
  actor?: string;
}

type Then<S> = S | ((state: S) => void);

/**
 * Given/when/then specifications for projections, as libs/domain/src/testing/decider-spec.ts is
 * for deciders: events in, read model out.
 *
 *   projectionSpec(catalogueProjection).given([registered]).when(revised).then((s) => expect(s.processes['VA-01'].head).toBe(2));
 *   projectionSpec(directoryProjection).given([registered]).when(retiredElsewhere).thenUnchanged();
 *
 * Event n (from 1) stands at position n, `stepMs` after the one before, unless it names its own.
 * Every `then` also folds the `when` event into the given state as a restart or a snapshot would
 * have it — written as JSON, read back and revived — and expects the same read model: states are
 * JSON, and a saved one folds on as the one in memory.
 */
export const projectionSpec = <S>(projection: Projection<S>, options: ProjectionSpecOptions = {}) => {
  const start = Date.parse(options.start ?? '2026-01-01T00:00:00.000Z');
  const stepMs = options.stepMs ?? 60_000;
  const projected = (e: GivenEvent, i: number): ProjectedEvent =>
    ({
      type: e.type,
      data: e.data,
      streamId: e.streamId ?? 's',
      revision: BigInt(i),
      position: e.position ?? BigInt(i + 1),
      metadata: { actor: options.actor ?? 'a', occurredAt: new Date(start + i * stepMs).toISOString(), correlationId: `c${i + 1}`, causationId: null, ...e.metadata },
    }) as ProjectedEvent;
  const fold = (state: S, events: readonly GivenEvent[], from: number): S => events.reduce((s, e, i) => projection.apply(s, projected(e, from + i)), state);
  const saved = (state: S): S => reviveState<S>(projection, JSON.parse(JSON.stringify(state)));

  return {
    given(events: GivenEvent[]) {
      return {
        when(event?: GivenEvent) {
          const whens = event ? [event] : [];
          const run = (): S => fold(fold(projection.initialState(), events, 0), whens, events.length);
          const assert = (expected: Then<S>): void => {
            const state = run();
            if (typeof expected === 'function') (expected as (state: S) => void)(state);
            else expect(state).toEqual(expected);
            const afterSave = fold(saved(fold(projection.initialState(), events, 0)), whens, events.length);
            expect(afterSave).toEqual(state);
          };
          return {
            /** The read model after the events: equal to `expected`, or as the callback asserts. */
            then: assert,
            /** The `when` event changes nothing the read model holds. */
            thenUnchanged(): void {
              assert(fold(projection.initialState(), events, 0));
            },
          };
        },
      };
    },
  };
};
