import type { EventStore, StoredEvent, Subscription } from '@samsyn/event-store';
import { type AnyProjection, type ProjectableEvent, type Upcaster, domainUpcast, reviveState, toProjectedEvent } from '../projection';
import type { ProjectionSnapshotStore, ProjectionStateStore } from '../state-store/projection-state-store.port';
import { lastGoodState, stateKeyOf, type ProjectionFailure } from './projection-failure';
import { PositionWaiters } from './position-waiters';
import { normalizeInstant } from './instant';

export type { ProjectionFailure } from './projection-failure';

export interface ProjectionRunnerOptions {
  store: EventStore;
  stateStore: ProjectionStateStore;
  /** Where time-travel snapshots go; none = as-of queries replay from the start. */
  snapshots?: ProjectionSnapshotStore;
  projections: AnyProjection[];
  upcast?: Upcaster;
  /** Persist a projection's state + checkpoint after this many applied events (and on catch-up and stop). */
  persistEvery?: number;
  /** Keep a time-travel snapshot of each projection at least this many events apart; 0 = none. */
  snapshotEvery?: number;
  /** Events per read while catching up: history is applied a page at a time, not an await per event. */
  pageSize?: number;
  /**
   * A save (state or snapshot) that took t ms, when t is above EXPENSIVE_SAVE_MS, pushes that
   * projection's next save at least t × this many events away. At roughly 3 µs per event a factor
   * of 10,000 keeps saves near 3% of the fold's time: a large state (the proposal board at a
   * million events) is written rarely, a small one (the catalogue) at every persistEvery /
   * snapshotEvery. 0 = fixed intervals.
   */
  saveCostFactor?: number;
  onError?: (error: unknown) => void;
  /** A projection threw on an event: it is set aside (see ProjectionFailure), the others go on. */
  onProjectionFailed?: (failure: ProjectionFailure) => void;
}


/** Below this a save counts as cheap and the configured intervals hold exactly. */
const EXPENSIVE_SAVE_MS = 1;

interface Live {
  projection: AnyProjection;
  state: unknown;
  /** Position of the last event applied; null = nothing yet. */
  position: bigint | null;
  persisted: bigint | null;
  /** The state in memory is not the saved one: it applied events since, or it was rebuilt. */
  unsaved: boolean;
  sincePersist: number;
  persistInterval: number;
  sinceSnapshot: number;
  snapshotInterval: number;
  /** occurredAt of the last event applied (for the snapshot's instant). */
  occurredAt: string;
  failed: ProjectionFailure | null;
}

export const stateKey = stateKeyOf;

const gte = (a: bigint | null, b: bigint): boolean => a !== null && a >= b;

/** A store's optional lean read (the SQLite store's readAllLean): used when present, like readAt. */
type LeanReader = { readAllLean(options: { after?: bigint; maxCount?: number }): Promise<ProjectableEvent[]> };
const leanReader = (store: EventStore): LeanReader | null =>
  typeof (store as Partial<LeanReader>).readAllLean === 'function' ? (store as unknown as LeanReader) : null;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Feeds projections from the store — never from an in-process bus — so events written while the
 * process was down are replayed on start. History is read in pages and folded synchronously
 * within a page (an await per event costs more than the fold itself); then the store's catch-up
 * subscription takes over from the last position and turns live. The state in memory is the live
 * read model; each projection's state is persisted with its checkpoint (one atomic save) every
 * `persistEvery` events, when the history has been applied, and on stop. A crash between two
 * saves loses only work that is redone from the last saved checkpoint: nothing is missed or
 * doubled, because state and position were saved together.
 */
export class ProjectionRunner {
  private readonly live = new Map<string, Live>();
  private readonly upcast: Upcaster;
  private readonly persistEvery: number;
  private readonly snapshotEvery: number;
  private readonly pageSize: number;
  private readonly saveCostFactor: number;
  private subscription: Subscription | null = null;
  private catchingUp: Promise<void> | null = null;
  private halted = false;
  private readonly waiters = new PositionWaiters();
  private failure: unknown = null;
  private progress: ((position: bigint) => void) | undefined;
  private persisting: Promise<void> = Promise.resolve();
  private restoring: Promise<void> = Promise.resolve();

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.upcast = options.upcast ?? domainUpcast;
    this.persistEvery = Math.max(1, options.persistEvery ?? 1000);
    this.snapshotEvery = options.snapshotEvery ?? 10_000;
    this.pageSize = Math.max(1, options.pageSize ?? 5000);
    this.saveCostFactor = options.saveCostFactor ?? 10_000;
    const names = new Set<string>();
    for (const p of options.projections) {
      if (names.has(p.name)) throw new Error(`duplicate projection name ${p.name}`);
      names.add(p.name);
    }
  }

  get projections(): AnyProjection[] {
    return this.options.projections;
  }

  /** The last error that stopped the subscription, if any. */
  get error(): unknown {
    return this.failure;
  }

  private fresh(projection: AnyProjection, state: unknown, position: bigint | null, persisted: bigint | null, unsaved = false): Live {
    return {
      projection,
      state,
      position,
      persisted,
      unsaved,
      sincePersist: 0,
      persistInterval: this.persistEvery,
      sinceSnapshot: 0,
      snapshotInterval: this.fixedSnapshotInterval(projection) ?? this.snapshotEvery,
      occurredAt: '',
      failed: null,
    };
  }

  /** Loads stored states, applies the history after the lowest checkpoint, subscribes; resolves when caught up. */
  async start(): Promise<void> {
    if (this.subscription || this.catchingUp) return;
    this.halted = false;
    this.failure = null;
    for (const projection of this.options.projections) {
      if (this.live.has(projection.name)) continue;
      const stored = await this.options.stateStore.load(stateKey(projection));
      const has = stored.position !== null && stored.state !== null;
      this.live.set(projection.name, this.fresh(projection, has ? reviveState(projection, stored.state) : projection.initialState(), has ? stored.position : null, stored.position));
    }
    this.catchingUp = this.catchUp();
    try {
      await this.catchingUp;
    } catch (error) {
      this.fail(error);
      throw error;
    } finally {
      this.catchingUp = null;
    }
    if (this.halted) return;
    await this.subscribe();
  }

  /** The history in pages: read, fold synchronously, save what is due, yield to the event loop. */
  private async catchUp(): Promise<void> {
    const lean = leanReader(this.options.store);
    for (;;) {
      // Every projection set aside: nothing left to apply (and no position to read on from).
      if (this.failures().length === this.live.size) return;
      const after = this.position();
      const read = { after: after ?? undefined, maxCount: this.pageSize };
      const page = lean ? await lean.readAllLean(read) : await this.options.store.readAll(read);
      let i = 0;
      while (i < page.length) {
        if (this.halted) return;
        i = this.applyUntilDue(page, i);
        if (this.anySaveDue()) await this.saveDue();
      }
      this.release();
      if (page.length < this.pageSize || this.halted) return;
      await nextTurn();
    }
  }

  /** Folds events from `from` on; stops after the first event that makes a save due. Returns the next index. */
  private applyUntilDue(page: ProjectableEvent[], from: number): number {
    let i = from;
    while (i < page.length) {
      const due = this.applyOne(page[i++]);
      this.progress?.(page[i - 1].position);
      if (due) break;
    }
    return i;
  }

  /** Applies one event to every projection that has not seen it; true when a save is due. */
  private applyOne(stored: ProjectableEvent): boolean {
    const event = toProjectedEvent(stored, this.upcast);
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
      if (++l.sincePersist >= l.persistInterval) due = true;
      if (this.snapshotsOn() && ++l.sinceSnapshot >= l.snapshotInterval) due = true;
    }
    return due;
  }

  /** One projection threw: the others go on, this one keeps its last good state (ProjectionFailure). */
  private setAside(l: Live, stored: ProjectableEvent, error: unknown): void {
    l.failed = {
      projection: l.projection.name,
      position: stored.position.toString(),
      type: stored.type,
      streamId: stored.streamId,
      error: error instanceof Error ? error.message : String(error),
      standsAt: l.position?.toString() ?? null,
    };
    const restored = lastGoodState(l.projection, stored.position, { ...this.options, pageSize: this.pageSize, upcast: this.upcast }).then(
      // A rebuild may have replaced this projection meanwhile: only the one that failed is restored.
      (state) => void (this.live.get(l.projection.name) === l && (l.state = state)),
      (e) => this.options.onError?.(e),
    );
    this.restoring = this.restoring.then(() => restored);
    this.options.onProjectionFailed?.(l.failed);
  }

  /** The projections that threw on an event, with that event. */
  failures(): ProjectionFailure[] {
    return [...this.live.values()].flatMap((l) => (l.failed ? [l.failed] : []));
  }

  /** Resolves once the failed projections' last good states are back (see ProjectionFailure). */
  restored(): Promise<void> {
    return this.restoring;
  }

  private snapshotsOn(): boolean {
    return this.options.snapshots !== undefined && this.snapshotEvery > 0;
  }

  private anySaveDue(): boolean {
    for (const l of this.live.values()) {
      if (l.sincePersist >= l.persistInterval || (this.snapshotsOn() && l.sinceSnapshot >= l.snapshotInterval)) return true;
    }
    return false;
  }

  /** Snapshots, then states + checkpoints, of the projections whose interval has passed. */
  private async saveDue(): Promise<void> {
    for (const l of this.live.values()) {
      if (l.failed || !this.snapshotsOn() || l.sinceSnapshot < l.snapshotInterval || l.position === null) continue;
      l.sinceSnapshot = 0;
      const t = performance.now();
      await this.options.snapshots!.saveSnapshot(stateKey(l.projection), {
        position: l.position,
        occurredAt: normalizeInstant(l.occurredAt),
        state: l.state,
      });
      l.snapshotInterval = this.fixedSnapshotInterval(l.projection) ?? this.spaced(this.snapshotEvery, performance.now() - t);
    }
    await this.persistAll(false);
  }

  /** A projection's own interval, never sparser than the runner's. */
  private fixedSnapshotInterval(p: AnyProjection): number | undefined {
    return p.snapshotEvery === undefined ? undefined : Math.min(p.snapshotEvery, this.snapshotEvery);
  }

  private spaced(configured: number, costMs: number): number {
    return costMs > EXPENSIVE_SAVE_MS && this.saveCostFactor > 0 ? Math.max(configured, Math.ceil(costMs * this.saveCostFactor)) : configured;
  }

  private async subscribe(): Promise<void> {
    this.failure = null;
    const after = this.position();
    let resolveCaughtUp!: () => void;
    let rejectCaughtUp!: (e: unknown) => void;
    const caughtUp = new Promise<void>((res, rej) => {
      resolveCaughtUp = res;
      rejectCaughtUp = rej;
    });
    this.subscription = this.options.store.subscribe({
      after: after ?? undefined,
      onEvent: (event) => this.handle(event),
      onCaughtUp: () => {
        this.persistAll('caught-up').then(resolveCaughtUp, (e) => {
          this.fail(e);
          rejectCaughtUp(e);
        });
      },
      onError: (error) => {
        this.fail(error);
        rejectCaughtUp(error);
      },
    });
    await caughtUp;
  }

  private fail(error: unknown): void {
    this.failure = error;
    this.options.onError?.(error);
  }

  /** Live events, one at a time from the subscription. */
  private async handle(stored: StoredEvent): Promise<void> {
    // A save started by onCaughtUp may still be reading the states: let it finish before they change.
    await this.persisting;
    if (this.applyOne(stored)) await this.saveDue();
    this.progress?.(stored.position);
    this.release();
  }

  /**
   * Saves run one after another: two saves racing would both compare-and-set from the same position.
   * `true` saves every state; `false` those whose interval has passed; 'caught-up' also the cheap
   * ones, but a state whose saves were measured expensive (its interval spaced beyond persistEvery)
   * waits until due or stop(): saving the 120 MB proposal board at every catch-up costs a fifth of
   * a rebuild, and a crash then redoes at most that interval — as between two saves mid-history.
   */
  private persistAll(force: boolean | 'caught-up' = true): Promise<void> {
    const next = this.persisting.then(() => this.persistNow(force));
    this.persisting = next.catch(() => undefined);
    return next;
  }

  private async persistNow(force: boolean | 'caught-up'): Promise<void> {
    for (const l of this.live.values()) {
      // A failed projection's state in memory may be half-applied until restored: never saved.
      if (l.failed) continue;
      const due = l.sincePersist >= l.persistInterval;
      if (!due && (force === false || (force === 'caught-up' && l.persistInterval > this.persistEvery))) continue;
      // A rebuilt state replaces the saved one even when both stand at the same position.
      if (l.position === null || !l.unsaved) {
        l.sincePersist = 0;
        continue;
      }
      const t = performance.now();
      await this.options.stateStore.save(stateKey(l.projection), l.state, l.position, l.persisted);
      l.persisted = l.position;
      l.unsaved = false;
      l.sincePersist = 0;
      l.persistInterval = this.spaced(this.persistEvery, performance.now() - t);
    }
  }

  /** Position every projection still applying events has applied: the lowest of theirs (null: not
   * all have applied anything). A failed projection stays behind and is left out. */
  position(): bigint | null {
    let lowest: bigint | null = null;
    for (const l of this.live.values()) {
      if (l.failed) continue;
      if (l.position === null) return null;
      if (lowest === null || l.position < lowest) lowest = l.position;
    }
    return lowest;
  }

  /** Position one projection has applied (null: nothing yet). */
  positionOf(name: string): bigint | null {
    const l = this.live.get(name);
    if (!l) throw new UnknownProjectionError(name);
    return l.position;
  }

  private release(): void {
    this.waiters.release(this.position());
  }

  /** Resolves true once every projection still applying events has applied `position`, false after `timeoutMs`. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(position, this.position(), timeoutMs);
  }

  /** The live state of one projection (do not mutate it). */
  state<S>(name: string): S {
    const l = this.live.get(name);
    if (!l) throw new UnknownProjectionError(name);
    return l.state as S;
  }

  /** Stops the catch-up or the subscription and persists every state with its checkpoint. */
  async stop(): Promise<void> {
    this.halted = true;
    await this.catchingUp?.catch(() => undefined);
    const sub = this.subscription;
    this.subscription = null;
    if (sub) await sub.stop();
    if (this.failure === null) await this.persistAll();
    this.waiters.cancelAll();
  }

  /** Stops without saving anything, as a killed process would (for crash tests and shutdown on failure). */
  async abandon(): Promise<void> {
    this.failure ??= new Error('abandoned');
    await this.stop();
  }

  /** Drops one projection (or all), its stored state and snapshots, and replays it from the start. */
  async rebuild(name?: string, onProgress?: (position: bigint) => void): Promise<void> {
    const targets = name === undefined ? this.options.projections : [this.projectionNamed(name)];
    const wasRunning = this.subscription !== null;
    const sub = this.subscription;
    this.subscription = null;
    if (sub) await sub.stop();
    await this.persistAll();
    for (const p of targets) {
      // The stored state stays until the rebuilt one replaces it (compare-and-set from the stored
      // position): a rebuild that dies half-way leaves the old, consistent state behind.
      const persisted = this.live.get(p.name)?.persisted ?? (await this.options.stateStore.load(stateKey(p))).position;
      await this.options.snapshots?.clearSnapshots(stateKey(p));
      this.live.set(p.name, this.fresh(p, p.initialState(), null, persisted, true));
    }
    this.progress = onProgress;
    try {
      await this.start();
    } finally {
      this.progress = undefined;
    }
    if (!wasRunning) await this.stop();
  }

  projectionNamed(name: string): AnyProjection {
    const p = this.options.projections.find((x) => x.name === name);
    if (!p) throw new UnknownProjectionError(name);
    return p;
  }
}

export class UnknownProjectionError extends Error {
  readonly code = 'UNKNOWN_PROJECTION';
  constructor(readonly projection: string) {
    super(`unknown projection "${projection}"`);
    this.name = 'UnknownProjectionError';
  }
}
