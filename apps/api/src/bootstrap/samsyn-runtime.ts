import * as path from 'node:path';
import type { EventStore } from '@samsyn/event-store';
import type { AnyProjection } from '@samsyn/projections/projection';
import { allProjections } from '@samsyn/projections/all-projections';
import { rowStorage } from '@samsyn/projections/row-storage';
import { ProjectionQueries } from '@samsyn/projections/queries/projection-queries';
import { ProjectionRunner, type ProjectionFailure } from '@samsyn/projections/runtime/projection-runner';
import type { ProjectionStateStore } from '@samsyn/projections/state-store/projection-state-store.port';
import { sqliteProjectionStateStore, type SqliteProjectionStore } from '@samsyn/projections/state-store/sqlite-projection-state-store';
import { makeDataDir } from '@samsyn/store-sqlite';
import type { Clock } from '../infrastructure/tokens';
import { samsynApplication, type SamsynApplication } from './samsyn-application';

/** The write side, the read side and the store they share, wired once for the server (and the e2e tests). */
export interface SamsynRuntime {
  store: EventStore;
  application: SamsynApplication;
  runner: ProjectionRunner;
  queries: ProjectionQueries;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  store: EventStore;
  clock: Clock;
  /** Where the read models keep their snapshots (and, by default, states and checkpoints);
   * ':memory:' rebuilds on every start. */
  projectionsPath: string;
  /** States and checkpoints elsewhere (PostgreSQL); each saved with its checkpoint in one transaction. */
  stateStore?: ProjectionStateStore & { close?(): Promise<void> | void };
  onProjectionError?: (error: unknown) => void;
  /** The read models (default: allProjections()); tests add one that fails. */
  projections?: AnyProjection[];
  /** Read models kept as system-versioned rows in the projections' file instead of the heap
   * (SAMSYN_READ_MODEL_ROWS; docs/read-model-storage.md). Default: none. */
  readModelRows?: readonly string[];
  /** One read model's projection threw on an event: it is set aside, the others go on. */
  onProjectionFailed?: (failure: ProjectionFailure) => void;
  /** A committed accept/approval whose settlement failed for now; the recovery process manager retries. */
  onSettlementError?: (proposalId: string, error: unknown) => void;
}

export const projectionsPathIn = (dataDir: string): string => {
  makeDataDir(dataDir);
  return path.join(dataDir, 'projections.sqlite');
};

export const openRuntime = async (options: RuntimeOptions): Promise<SamsynRuntime> => {
  const { store, clock } = options;
  const rows = options.readModelRows ?? [];
  // Rows and their checkpoint are written in one transaction, so they live where the checkpoint does.
  if (rows.length && options.stateStore) throw new Error('SAMSYN_READ_MODEL_ROWS needs SAMSYN_PROJECTION_STATE=sqlite: the PostgreSQL row tables are not there yet (docs/read-model-storage.md)');
  const local: SqliteProjectionStore = sqliteProjectionStateStore({ path: options.projectionsPath });
  // Snapshots for time travel are a cache that can always be rebuilt: they stay in the local file.
  const storage = rowStorage({ path: options.projectionsPath, rows, projections: options.projections ?? allProjections(), states: options.stateStore ?? local, snapshots: local });
  const runner = new ProjectionRunner({ store, stateStore: storage.states, snapshots: storage.snapshots, projections: storage.projections, onError: options.onProjectionError, onProjectionFailed: options.onProjectionFailed });
  await runner.start();
  const queries = new ProjectionQueries({ store, runner, snapshots: storage.snapshots });
  const application = samsynApplication(store, { clock, onSettlementError: options.onSettlementError });
  return {
    store,
    application,
    runner,
    queries,
    async close() {
      await runner.stop();
      storage.close();
      local.close();
      await options.stateStore?.close?.();
      await store.close();
    },
  };
};
