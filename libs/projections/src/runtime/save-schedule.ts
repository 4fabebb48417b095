import type { AnyProjection } from '../projection';

/** Below this a save counts as cheap and the configured intervals hold exactly. */
const EXPENSIVE_SAVE_MS = 1;

export interface SaveScheduleOptions {
  /** Save a projection's state + checkpoint after this many applied events. */
  persistEvery: number;
  /** Keep a time-travel snapshot of each projection at least this many events apart; 0 = none. */
  snapshotEvery: number;
  /** A save that took t ms (above EXPENSIVE_SAVE_MS) pushes that projection's next one at least
   * t × this many events away; 0 = fixed intervals. */
  saveCostFactor: number;
  /** Whether snapshots are kept at all (a snapshot store is configured). */
  snapshots: boolean;
}

/** One projection's counters: events applied since its last save and snapshot, and the intervals. */
export interface SaveCounters {
  sincePersist: number;
  persistInterval: number;
  sinceSnapshot: number;
  snapshotInterval: number;
}

/**
 * When each projection's state and snapshot are saved. Intervals are counted in applied events;
 * a save measured expensive spaces that projection's next one by its cost, so that a large state
 * is written rarely and a small one at every interval, and saving stays a small share of the fold.
 */
export class SaveSchedule {
  constructor(private readonly options: SaveScheduleOptions) {}

  get persistEvery(): number {
    return this.options.persistEvery;
  }

  get snapshotsOn(): boolean {
    return this.options.snapshots && this.options.snapshotEvery > 0;
  }

  fresh(projection: AnyProjection): SaveCounters {
    return { sincePersist: 0, persistInterval: this.options.persistEvery, sinceSnapshot: 0, snapshotInterval: this.fixedSnapshotInterval(projection) ?? this.options.snapshotEvery };
  }

  /** Counts one applied event; true when a save (state or snapshot) is due. */
  applied(c: SaveCounters): boolean {
    let due = ++c.sincePersist >= c.persistInterval;
    if (this.snapshotsOn && ++c.sinceSnapshot >= c.snapshotInterval) due = true;
    return due;
  }

  persistDue(c: SaveCounters): boolean {
    return c.sincePersist >= c.persistInterval;
  }

  snapshotDue(c: SaveCounters): boolean {
    return this.snapshotsOn && c.sinceSnapshot >= c.snapshotInterval;
  }

  /** A state whose saves were measured expensive (its interval spaced beyond persistEvery). */
  spacedOut(c: SaveCounters): boolean {
    return c.persistInterval > this.options.persistEvery;
  }

  /** Nothing new to save: the count starts again, the interval stays. */
  nothingToSave(c: SaveCounters): void {
    c.sincePersist = 0;
  }

  /** The state was saved and took `costMs`. */
  persisted(c: SaveCounters, costMs: number): void {
    c.sincePersist = 0;
    c.persistInterval = this.spaced(this.options.persistEvery, costMs);
  }

  /** A snapshot of this projection was taken and took `costMs`. */
  snapshotTaken(c: SaveCounters, projection: AnyProjection, costMs: number): void {
    c.sinceSnapshot = 0;
    c.snapshotInterval = this.fixedSnapshotInterval(projection) ?? this.spaced(this.options.snapshotEvery, costMs);
  }

  /** A projection's own interval, never sparser than the runner's. */
  private fixedSnapshotInterval(p: AnyProjection): number | undefined {
    return p.snapshotEvery === undefined ? undefined : Math.min(p.snapshotEvery, this.options.snapshotEvery);
  }

  private spaced(configured: number, costMs: number): number {
    return costMs > EXPENSIVE_SAVE_MS && this.options.saveCostFactor > 0 ? Math.max(configured, Math.ceil(costMs * this.options.saveCostFactor)) : configured;
  }
}
