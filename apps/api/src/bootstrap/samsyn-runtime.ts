import * as path from 'node:path';
import type { EventStore } from '@samsyn/event-store';
import type { AnyProjection } from '@samsyn/projections/projection';
import { allProjections } from '@samsyn/projections/all-projections';
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
  const local: SqliteProjectionStore = sqliteProjectionStateStore({ path: options.projectionsPath });
  const stateStore = options.stateStore ?? local;
  // Snapshots for time travel are a cache that can always be rebuilt: they stay in the local file.
  const runner = new ProjectionRunner({ store, stateStore, snapshots: local, projections: options.projections ?? allProjections(), onError: options.onProjectionError, onProjectionFailed: options.onProjectionFailed });
  await runner.start();
  const queries = new ProjectionQueries({ store, runner, snapshots: local });
  const application = samsynApplication(store, { clock, onSettlementError: options.onSettlementError });
  return {
    store,
    application,
    runner,
    queries,
    async close() {
      await runner.stop();
      local.close();
      await options.stateStore?.close?.();
      await store.close();
    },
  };
};
