import type { StoredEvent } from '../port/event-store.port';
import type { LeanSlim, LeanStoredEvent } from '../port/lean-event';

/** Positions in (after, upTo]; of these event types only, when given. */
export interface LeanRange {
  after: bigint;
  upTo: bigint;
  types?: readonly string[];
}

/**
 * The reads the read side makes besides the port's (`EventStore`): a store may offer them natively
 * (the SQLite store does), and `fastReadsOf` gives every store them — its own, or built on
 * `readAll` — so the projections run one code path whichever store is behind them. Every answer
 * is in position order; a native one is faster, never different.
 */
export interface FastReads {
  /** readAll without a filter, its events without id and hash chain (projections catching up). */
  readAllLean(options?: { after?: bigint; maxCount?: number }): Promise<LeanStoredEvent[]>;
  /**
   * The events of the range (of its types only, when given), and `last`, the greatest position of
   * any event in the range whatever its type (null: none) — where a replay towards a position
   * stands after the range.
   */
  readRangeLean(range: LeanRange): Promise<{ events: LeanStoredEvent[]; last: bigint | null }>;
  /** The events at these positions, in position order; positions with no event are left out. */
  readAt(positions: readonly bigint[]): Promise<StoredEvent[]>;
  /** readAt without id and hash chain. `slim` is a hint: a store may leave those paths out of the
   * events of exactly that type and schema version, or answer the events whole. */
  readAtLean(positions: readonly bigint[], slim?: readonly LeanSlim[]): Promise<LeanStoredEvent[]>;
}
