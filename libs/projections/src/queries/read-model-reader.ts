import { fastReadsOf, type EventStore, type FastReads, type LeanSlim } from '@samsyn/event-store';
import { type AnyProjection, type ProjectedEvent, type Projection, type Upcaster, domainUpcast, toProjectedEvent } from '../projection';
import { allProjections } from '../all-projections';
import type { AsOf } from '../read-model-queries.port';
import type { ProjectionRunner } from '../runtime/projection-runner';
import { normalizeInstant } from '../runtime/instant';
import { type AsOfTarget, positionAtInstant, stateAsOf } from '../runtime/time-travel';
import type { ProjectionSnapshotStore } from '../state-store/projection-state-store.port';

export interface ProjectionQueriesOptions {
  store: EventStore;
  /** The live read models; without one, "now" is answered as of the store's head. */
  runner?: ProjectionRunner;
  snapshots?: ProjectionSnapshotStore;
  upcast?: Upcaster;
  projections?: AnyProjection[];
  /** Rendered stakeholder-history entries kept (stakeholder-history/history-entry-cache.ts); 0 renders every read. */
  historyCacheEntries?: number;
}

/** Positions per readAtLean: one statement each, its list of positions bounded. */
const POSITIONS_PER_READ = 10_000;

/**
 * What every read model's queries share: its state now or as of a moment, the live state to cut
 * an as-of answer from, and the stored events a read renders from.
 */
export class ReadModelReader {
  readonly store: EventStore;
  readonly upcast: Upcaster;
  private readonly reads: FastReads;
  private readonly projections: Map<string, AnyProjection>;

  constructor(private readonly options: ProjectionQueriesOptions) {
    this.store = options.store;
    this.upcast = options.upcast ?? domainUpcast;
    this.reads = fastReadsOf(options.store);
    this.projections = new Map((options.projections ?? options.runner?.projections ?? allProjections()).map((p) => [p.name, p]));
  }

  /** Resolves once every projection has processed the event at `position` (read-your-writes). */
  async waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.options.runner) return this.options.runner.waitForPosition(position, timeoutMs);
    const head = await this.store.headPosition();
    return head !== null && head >= position;
  }

  /** The projection configured under this one's name (the one the runner folds, or a test's). */
  configured<S>(projection: Projection<S>): Projection<S> {
    const configured = this.projections.get(projection.name);
    if (!configured) throw new Error(`projection ${projection.name} is not configured`);
    return configured;
  }

  /** A read model's state: live from the runner, or replayed as of the moment asked. */
  async state<S>(projection: Projection<S>, asOf: AsOf): Promise<S> {
    if (asOf === undefined && this.options.runner) return this.options.runner.state<S>(projection.name);
    const configured = this.configured(projection);
    // An instant becomes a position first (a binary search on the log): the replay then knows
    // where to stop instead of reading a batch past the instant.
    const target: AsOfTarget =
      asOf === undefined ? { position: (await this.store.headPosition()) ?? 0n } : 'position' in asOf ? asOf : { position: await this.positionOf(asOf.instant) };
    const { state } = await stateAsOf<S>(configured, target, { store: this.store, snapshots: this.options.snapshots, upcast: this.upcast });
    return state;
  }

  /**
   * The live state of a read model whose as-of answers are cut from it, and the position to cut
   * at — when a runner has applied that position. Otherwise (no runner, or it lags behind the
   * target) null, and the caller replays.
   */
  async live<S>(projection: Projection<S>, asOf: AsOf): Promise<{ state: S; at: string } | null> {
    const runner = this.options.runner;
    if (!runner) return null;
    const applied = runner.positionOf(projection.name);
    if (applied === null) return null;
    if (asOf === undefined) return { state: runner.state<S>(projection.name), at: applied.toString() };
    const at = 'position' in asOf ? asOf.position : await this.positionOf(asOf.instant);
    if (at > applied) {
      // Past the runner's position: the answer is the live state only if nothing lies in between.
      const head = await this.store.headPosition();
      if (head === null || head > applied) return null;
      return { state: runner.state<S>(projection.name), at: applied.toString() };
    }
    return { state: runner.state<S>(projection.name), at: at < 0n ? '0' : at.toString() };
  }

  private positionOf(instant: string): Promise<bigint> {
    return positionAtInstant(this.store, normalizeInstant(instant));
  }

  /** The stored event at a position, as projections see it. */
  async eventAt(position: string): Promise<ProjectedEvent> {
    const p = BigInt(position);
    const [e] = await this.store.readAll({ after: p - 1n, maxCount: 1 });
    if (!e || e.position !== p) throw new Error(`event ${position} is missing from the store`);
    return toProjectedEvent(e, this.upcast);
  }

  /**
   * Events by position, one read per chunk. With `slim`, data the caller does not read may be left
   * out of events at their current schema version — only with the domain's upcaster, which leaves
   * those as they are.
   */
  async eventsAt(positions: readonly string[], slim: readonly LeanSlim[] = []): Promise<ProjectedEvent[]> {
    const out: ProjectedEvent[] = [];
    for (let i = 0; i < positions.length; i += POSITIONS_PER_READ) {
      const chunk = positions.slice(i, i + POSITIONS_PER_READ);
      const events = await this.reads.readAtLean(chunk.map(BigInt), this.options.upcast ? [] : slim);
      if (events.length !== chunk.length) throw new Error(`events of ${chunk.length - events.length} positions are missing from the store`);
      for (const e of events) out.push(toProjectedEvent(e, this.upcast));
    }
    return out;
  }

  /** "Now" of a read: the instant asked, the moment of the position asked, or the clock. */
  async instantOf(asOf: AsOf): Promise<string> {
    if (asOf === undefined) return new Date().toISOString();
    if ('instant' in asOf) return asOf.instant;
    if (asOf.position <= 0n) return new Date(0).toISOString();
    // A position past the head is the head: now.
    const at = await this.eventAt(asOf.position.toString()).catch(() => null);
    return at?.metadata.occurredAt ?? new Date().toISOString();
  }
}
