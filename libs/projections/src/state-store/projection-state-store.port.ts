import { CheckpointConflictError } from '@samsyn/event-store';

export { CheckpointConflictError };

/**
 * Where projections keep their live state: the same shape as PostgresProjectionStateStore
 * (@samsyn/store-postgres), so the runner takes either. `save` writes a state together with the
 * position it is complete up to, atomically, and only if the stored position is still `expected`
 * (compare-and-set: two runners cannot both advance one projection; CheckpointConflictError).
 * States are JSON-serialisable (bigints as strings). The runner awaits every save before it
 * applies the next event, so an implementation may serialise the state at any point of `save`.
 */
export interface ProjectionStateStore {
  /** `{state: null, position: null}` when the projection never saved. */
  load(name: string): Promise<{ state: unknown; position: bigint | null }>;
  save(name: string, state: unknown, position: bigint, expected: bigint | null): Promise<void>;
}

export interface ProjectionSnapshot {
  state: unknown;
  position: bigint;
  /** occurredAt of the event at `position`, normalised to `Date#toISOString` form. */
  occurredAt: string;
}

export type SnapshotTarget = { position: bigint } | { instant: string };

/** Time-travel snapshots: a projection's state at intervals, so an as-of query replays only from
 * the nearest one. Snapshots are an optimisation: losing them loses speed, never correctness. */
export interface ProjectionSnapshotStore {
  saveSnapshot(name: string, snapshot: ProjectionSnapshot): Promise<void>;
  /** The latest snapshot at or before the position / whose event happened at or before the instant. */
  latestSnapshot(name: string, target: SnapshotTarget): Promise<ProjectionSnapshot | null>;
  clearSnapshots(name: string): Promise<void>;
}
