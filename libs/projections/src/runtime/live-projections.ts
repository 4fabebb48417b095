import type { AnyProjection, ProjectableEvent, ProjectedEvent } from '../projection';
import type { ProjectionFailure } from './projection-failure';
import type { SaveCounters, SaveSchedule } from './save-schedule';

/** A projection as the runner holds it: its state in memory, where it stands, what is saved. */
export interface LiveProjection extends SaveCounters {
  projection: AnyProjection;
  state: unknown;
  /** Position of the last event applied; null = nothing yet. */
  position: bigint | null;
  /** Position of the saved state (the checkpoint a save compares and sets from). */
  persisted: bigint | null;
  /** The state in memory is not the saved one: it applied events since, or it was rebuilt. */
  unsaved: boolean;
  /** occurredAt of the last event applied (for the snapshot's instant). */
  occurredAt: string;
  failed: ProjectionFailure | null;
}

export interface LiveProjectionsHooks {
  /** The state of a projection before the event it failed on (projection-failure.ts). */
  lastGoodState(projection: AnyProjection, failedAt: bigint): Promise<unknown>;
  onProjectionFailed?: (failure: ProjectionFailure) => void;
  onError?: (error: unknown) => void;
}

const gte = (a: bigint | null, b: bigint): boolean => a !== null && a >= b;

/**
 * The live read models by name: each one's state, the position it has applied, and whether it
 * failed. A projection that throws is set aside — it applies nothing more and gets its last good
 * state back — while the others go on (ProjectionFailure).
 */
export class LiveProjections {
  private readonly live = new Map<string, LiveProjection>();
  private restoring: Promise<void> = Promise.resolve();

  constructor(
    private readonly schedule: SaveSchedule,
    private readonly hooks: LiveProjectionsHooks,
  ) {}

  get size(): number {
    return this.live.size;
  }

  values(): IterableIterator<LiveProjection> {
    return this.live.values();
  }

  get(name: string): LiveProjection | undefined {
    return this.live.get(name);
  }

  /** Holds a projection's state from now on, replacing any it held (a rebuild starts afresh). */
  hold(projection: AnyProjection, state: unknown, position: bigint | null, persisted: bigint | null, unsaved = false): void {
    this.live.set(projection.name, { projection, state, position, persisted, unsaved, occurredAt: '', failed: null, ...this.schedule.fresh(projection) });
  }

  /** Applies one event to every projection that has not seen it; true when a save is due. */
  apply(stored: ProjectableEvent, event: ProjectedEvent): boolean {
    let due = false;
    for (const l of this.live.values()) {
      // After a partial rebuild the projections stand at different positions: each one takes
      // only what it has not seen.
      if (l.failed || gte(l.position, stored.position)) continue;
      try {
        l.state = l.projection.apply(l.state, event);
      } catch (error) {
        this.setAside(l, stored, error);
        continue;
      }
      l.position = stored.position;
      l.unsaved = true;
      l.occurredAt = stored.metadata.occurredAt;
      if (this.schedule.applied(l)) due = true;
    }
    return due;
  }

  /** One projection threw: the others go on, this one keeps its last good state (ProjectionFailure). */
  private setAside(l: LiveProjection, stored: ProjectableEvent, error: unknown): void {
    l.failed = {
      projection: l.projection.name,
      position: stored.position.toString(),
      type: stored.type,
      streamId: stored.streamId,
      error: error instanceof Error ? error.message : String(error),
      standsAt: l.position?.toString() ?? null,
    };
    const restored = this.hooks.lastGoodState(l.projection, stored.position).then(
      // A rebuild may have replaced this projection meanwhile: only the one that failed is restored.
      (state) => void (this.live.get(l.projection.name) === l && (l.state = state)),
      (e) => this.hooks.onError?.(e),
    );
    this.restoring = this.restoring.then(() => restored);
    this.hooks.onProjectionFailed?.(l.failed);
  }

  /** The projections that threw on an event, with that event. */
  failures(): ProjectionFailure[] {
    return [...this.live.values()].flatMap((l) => (l.failed ? [l.failed] : []));
  }

  /** Resolves once the failed projections' last good states are back. */
  restored(): Promise<void> {
    return this.restoring;
  }

  /** Position every projection still applying events has applied — a failed one stays behind
   * (null: not all of them have applied anything). */
  position(): bigint | null {
    let lowest: bigint | null = null;
    for (const l of this.live.values()) {
      if (l.failed) continue;
      if (l.position === null) return null;
      if (lowest === null || l.position < lowest) lowest = l.position;
    }
    return lowest;
  }
}
