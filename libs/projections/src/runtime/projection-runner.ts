import { fastReadsOf, type EventStore, type StoredEvent, type Subscription } from '@samsyn/event-store';
import { type AnyProjection, type ProjectableEvent, type Upcaster, domainUpcast, reviveState, stateKeyOf, toProjectedEvent } from '../projection';
import type { ProjectionSnapshotStore, ProjectionStateStore } from '../state-store/projection-state-store.port';
import { LiveProjections } from './live-projections';
import { lastGoodState, type ProjectionFailure } from './projection-failure';
import { ProjectionSaver } from './projection-saver';
import { PositionWaiters } from './position-waiters';
import { SaveSchedule } from './save-schedule';

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
   * A save (state or snapshot) that took t ms, when it counts as expensive, pushes that
   * projection's next save at least t × this many events away (save-schedule.ts): the default keeps
   * saves a small share of the fold's time (docs/performance.md, "Read side: saves and caches").
   * 0 = fixed intervals.
   */
  saveCostFactor?: number;
  onError?: (error: unknown) => void;
  /** A projection threw on an event: it is set aside (see ProjectionFailure), the others go on. */
  onProjectionFailed?: (failure: ProjectionFailure) => void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Feeds projections from the store — never from an in-process bus — so events written while the
 * process was down are replayed on start. History is read in pages and folded synchronously
 * within a page (an await per event costs more than the fold itself); then the store's catch-up
 * subscription takes over from the last position and turns live. The state in memory is the live
 * read model; each projection's state is persisted with its checkpoint (one atomic save) when its
 * save schedule says so (save-schedule.ts), when the history has been applied, and on stop. A
 * crash between two saves loses only work that is redone from the last saved checkpoint: nothing
 * is missed or doubled, because state and position were saved together.
 */
export class ProjectionRunner {
  private readonly live: LiveProjections;
  private readonly upcast: Upcaster;
  private readonly pageSize: number;
  private readonly schedule: SaveSchedule;
  private readonly saver: ProjectionSaver;
  private subscription: Subscription | null = null;
  private catchingUp: Promise<void> | null = null;
  private halted = false;
  private readonly waiters = new PositionWaiters();
  private failure: unknown = null;
  private progress: ((position: bigint) => void) | undefined;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.upcast = options.upcast ?? domainUpcast;
    this.pageSize = Math.max(1, options.pageSize ?? 5000);
    this.schedule = new SaveSchedule({
      persistEvery: Math.max(1, options.persistEvery ?? 1000),
      snapshotEvery: options.snapshotEvery ?? 10_000,
      saveCostFactor: options.saveCostFactor ?? 10_000,
      snapshots: options.snapshots !== undefined,
    });
    this.live = new LiveProjections(this.schedule, {
      lastGoodState: (p, failedAt) => lastGoodState(p, failedAt, { ...options, pageSize: this.pageSize, upcast: this.upcast }),
      onProjectionFailed: options.onProjectionFailed,
      onError: options.onError,
    });
    this.saver = new ProjectionSaver(this.live, this.schedule, options.stateStore, options.snapshots);
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

  /** Loads stored states, applies the history after the lowest checkpoint, subscribes; resolves when caught up. */
  async start(): Promise<void> {
    if (this.subscription || this.catchingUp) return;
    this.halted = false;
    this.failure = null;
    for (const projection of this.options.projections) {
      if (this.live.get(projection.name)) continue;
      const stored = await this.options.stateStore.load(stateKeyOf(projection));
      const has = stored.position !== null && stored.state !== null;
      this.live.hold(projection, has ? reviveState(projection, stored.state) : projection.initialState(), has ? stored.position : null, stored.position);
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
    const reads = fastReadsOf(this.options.store);
    for (;;) {
      // Every projection set aside: nothing left to apply (and no position to read on from).
      if (this.failures().length === this.live.size) return;
      const after = this.position();
      const page = await reads.readAllLean({ after: after ?? undefined, maxCount: this.pageSize });
      let i = 0;
      while (i < page.length) {
        if (this.halted) return;
        i = this.applyUntilDue(page, i);
        if (this.saver.anyDue()) await this.saver.saveDue();
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

  private applyOne(stored: ProjectableEvent): boolean {
    return this.live.apply(stored, toProjectedEvent(stored, this.upcast));
  }

  /** The projections that threw on an event, with that event (see ProjectionFailure). */
  failures(): ProjectionFailure[] {
    return this.live.failures();
  }

  /** Resolves once the failed projections' last good states are back (see ProjectionFailure). */
  restored(): Promise<void> {
    return this.live.restored();
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
        this.saver.persist('caught-up').then(resolveCaughtUp, (e) => {
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
    await this.saver.settled();
    if (this.applyOne(stored)) await this.saver.saveDue();
    this.progress?.(stored.position);
    this.release();
  }

  /** Position every projection still applying events has applied — a failed one stays behind
   * (null: not all of them have applied anything). */
  position(): bigint | null {
    return this.live.position();
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
    if (this.failure === null) await this.saver.persist();
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
    await this.saver.persist();
    for (const p of targets) {
      // The stored state stays until the rebuilt one replaces it (compare-and-set from the stored
      // position): a rebuild that dies half-way leaves the old, consistent state behind.
      const persisted = this.live.get(p.name)?.persisted ?? (await this.options.stateStore.load(stateKeyOf(p))).position;
      await this.options.snapshots?.clearSnapshots(stateKeyOf(p));
      this.live.hold(p, p.initialState(), null, persisted, true);
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
