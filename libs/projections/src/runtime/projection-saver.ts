import { stateKeyOf } from '../projection';
import type { ProjectionSnapshotStore, ProjectionStateStore } from '../state-store/projection-state-store.port';
import type { LiveProjections } from './live-projections';
import type { SaveSchedule } from './save-schedule';
import { normalizeInstant } from './instant';

/**
 * `true` saves every state; `false` those whose interval has passed; 'caught-up' also the cheap
 * ones, but a state whose saves were measured expensive waits until due or stop(): saving the
 * largest state (the proposal board) at every catch-up would cost a good share of a rebuild, and a
 * crash then redoes at most that interval — as between two saves mid-history.
 */
export type SaveWhich = boolean | 'caught-up';

/**
 * Saves the runner's projections: snapshots for time travel, and each state with its checkpoint
 * in one atomic save. Saves run one after another: two saves racing would both compare-and-set
 * from the same position.
 */
export class ProjectionSaver {
  private persisting: Promise<void> = Promise.resolve();

  constructor(
    private readonly live: LiveProjections,
    private readonly schedule: SaveSchedule,
    private readonly stateStore: ProjectionStateStore,
    private readonly snapshots: ProjectionSnapshotStore | undefined,
  ) {}

  /** Resolves when the save in progress (if any) is over: its states may be read no longer. */
  settled(): Promise<void> {
    return this.persisting;
  }

  /** Any projection whose state or snapshot is due. */
  anyDue(): boolean {
    for (const l of this.live.values()) if (this.schedule.persistDue(l) || this.schedule.snapshotDue(l)) return true;
    return false;
  }

  /** Snapshots, then states + checkpoints, of the projections whose interval has passed. */
  async saveDue(): Promise<void> {
    for (const l of this.live.values()) {
      if (l.failed || !this.schedule.snapshotDue(l) || l.position === null) continue;
      const t = performance.now();
      await this.snapshots!.saveSnapshot(stateKeyOf(l.projection), { position: l.position, occurredAt: normalizeInstant(l.occurredAt), state: l.state });
      this.schedule.snapshotTaken(l, l.projection, performance.now() - t);
    }
    await this.persist(false);
  }

  /** States + checkpoints, after any save in progress. */
  persist(which: SaveWhich = true): Promise<void> {
    const next = this.persisting.then(() => this.persistNow(which));
    this.persisting = next.catch(() => undefined);
    return next;
  }

  private async persistNow(which: SaveWhich): Promise<void> {
    for (const l of this.live.values()) {
      // A failed projection's state in memory may be half-applied until restored: never saved.
      if (l.failed) continue;
      const due = this.schedule.persistDue(l);
      if (!due && (which === false || (which === 'caught-up' && this.schedule.spacedOut(l)))) continue;
      // A rebuilt state replaces the saved one even when both stand at the same position.
      if (l.position === null || !l.unsaved) {
        this.schedule.nothingToSave(l);
        continue;
      }
      const t = performance.now();
      await this.stateStore.save(stateKeyOf(l.projection), l.state, l.position, l.persisted);
      l.persisted = l.position;
      l.unsaved = false;
      this.schedule.persisted(l, l.projection.fixedSaveInterval ? 0 : performance.now() - t);
    }
  }
}
