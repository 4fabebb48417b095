import type { EventStore, StoredEvent, Subscription } from '@samsyn/event-store';
import { type AnyProjection, type Upcaster, domainUpcast, toProjectedEvent } from '../projection';
import type { ProjectionSnapshotStore, ProjectionStateStore } from '../state-store/projection-state-store.port';

export interface ProjectionRunnerOptions {
  store: EventStore;
  stateStore: ProjectionStateStore;
  /** Where time-travel snapshots go; none = as-of queries replay from the start. */
  snapshots?: ProjectionSnapshotStore;
  projections: AnyProjection[];
  upcast?: Upcaster;
  /** Persist state + checkpoint after this many applied events (and on catch-up and stop). */
  persistEvery?: number;
  /** Keep a time-travel snapshot of each projection every this many events; 0 = none. */
  snapshotEvery?: number;
  onError?: (error: unknown) => void;
}

interface Live {
  projection: AnyProjection;
  state: unknown;
  /** Position of the last event applied; null = nothing yet. */
  position: bigint | null;
  persisted: bigint | null;
  sinceSnapshot: number;
}

interface Waiter {
  position: bigint;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

export const stateKey = (p: AnyProjection): string => `${p.name}@v${p.version}`;

/** The instant of an event as ISO text that sorts lexicographically (for snapshot look-ups). */
export const normalizeInstant = (s: string): string => {
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? s : new Date(ms).toISOString();
};

const gte = (a: bigint | null, b: bigint): boolean => a !== null && a >= b;

/**
 * Feeds projections from the store's catch-up subscription — never from an in-process bus — so
 * events written while the process was down are replayed on start. The state in memory is the
 * live read model; it is persisted with its checkpoint (one atomic save per projection) every
 * `persistEvery` events, when the subscription catches up, and on stop. A crash between two saves
 * loses only work that is redone from the last saved checkpoint: nothing is missed or doubled,
 * because state and position were saved together.
 */
export class ProjectionRunner {
  private readonly live = new Map<string, Live>();
  private readonly upcast: Upcaster;
  private readonly persistEvery: number;
  private readonly snapshotEvery: number;
  private subscription: Subscription | null = null;
  private sincePersist = 0;
  private waiters: Waiter[] = [];
  private failure: unknown = null;
  private progress: ((position: bigint) => void) | undefined;
  private persisting: Promise<void> = Promise.resolve();

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.upcast = options.upcast ?? domainUpcast;
    this.persistEvery = options.persistEvery ?? 1000;
    this.snapshotEvery = options.snapshotEvery ?? 10_000;
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

  /** Loads stored states and subscribes after the lowest checkpoint; resolves when caught up. */
  async start(): Promise<void> {
    if (this.subscription) return;
    for (const projection of this.options.projections) {
      if (this.live.has(projection.name)) continue;
      const stored = await this.options.stateStore.load(stateKey(projection));
      const has = stored.position !== null && stored.state !== null;
      this.live.set(projection.name, {
        projection,
        state: has ? stored.state : projection.initialState(),
        position: has ? stored.position : null,
        persisted: stored.position,
        sinceSnapshot: 0,
      });
    }
    await this.subscribe();
  }

  private async subscribe(): Promise<void> {
    this.failure = null;
    const after = this.lowestPosition();
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
        this.persistAll().then(resolveCaughtUp, (e) => {
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

  private async handle(stored: StoredEvent): Promise<void> {
    // A save started by onCaughtUp may still be reading the states: let it finish before they change.
    await this.persisting;
    const event = toProjectedEvent(stored, this.upcast);
    for (const l of this.live.values()) {
      // After a partial rebuild the projections stand at different positions: each one takes
      // only what it has not seen.
      if (gte(l.position, stored.position)) continue;
      l.state = l.projection.apply(l.state, event);
      l.position = stored.position;
      if (this.options.snapshots && this.snapshotEvery > 0 && ++l.sinceSnapshot >= this.snapshotEvery) {
        l.sinceSnapshot = 0;
        await this.options.snapshots.saveSnapshot(stateKey(l.projection), {
          position: stored.position,
          occurredAt: normalizeInstant(stored.metadata.occurredAt),
          state: l.state,
        });
      }
    }
    if (++this.sincePersist >= this.persistEvery) await this.persistAll();
    this.progress?.(stored.position);
    this.release();
  }

  /** Saves run one after another: two saves racing would both compare-and-set from the same position. */
  private persistAll(): Promise<void> {
    const next = this.persisting.then(() => this.persistNow());
    this.persisting = next.catch(() => undefined);
    return next;
  }

  private async persistNow(): Promise<void> {
    this.sincePersist = 0;
    for (const l of this.live.values()) {
      if (l.position === null || l.position === l.persisted) continue;
      await this.options.stateStore.save(stateKey(l.projection), l.state, l.position, l.persisted);
      l.persisted = l.position;
    }
  }

  private lowestPosition(): bigint | null {
    let lowest: bigint | null = null;
    for (const l of this.live.values()) {
      if (l.position === null) return null;
      if (lowest === null || l.position < lowest) lowest = l.position;
    }
    return lowest;
  }

  /** Position every projection has applied (null: not all have applied anything). */
  position(): bigint | null {
    return this.lowestPosition();
  }

  private release(): void {
    if (this.waiters.length === 0) return;
    const at = this.lowestPosition();
    this.waiters = this.waiters.filter((w) => {
      if (!gte(at, w.position)) return true;
      clearTimeout(w.timer);
      w.resolve(true);
      return false;
    });
  }

  /** Resolves true once every projection has applied `position`, false after `timeoutMs`. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    if (gte(this.lowestPosition(), position)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(false);
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** The live state of one projection (do not mutate it). */
  state<S>(name: string): S {
    const l = this.live.get(name);
    if (!l) throw new UnknownProjectionError(name);
    return l.state as S;
  }

  /** Stops the subscription and persists every state with its checkpoint. */
  async stop(): Promise<void> {
    const sub = this.subscription;
    this.subscription = null;
    if (sub) await sub.stop();
    if (this.failure === null) await this.persistAll();
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.resolve(false);
    }
    this.waiters = [];
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
      this.live.set(p.name, { projection: p, state: p.initialState(), position: null, persisted, sinceSnapshot: 0 });
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
