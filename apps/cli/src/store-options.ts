import { join, resolve } from 'node:path';
import type { EventStore } from '@samsyn/event-store';
import { isStoreKind, openEventStore, StoreLocationError, type StoreLocation } from '@samsyn/open-store';
import { sqliteEventsPathIn } from '@samsyn/store-sqlite';
import { sqliteProjectionStateStore, type SqliteProjectionStore } from '@samsyn/projections';
import { CliError, type CliIo } from './cli-io';

export interface StoreFlags {
  dataDir?: string;
  store?: string;
  projections?: string;
}

export interface StoreSettings extends StoreLocation {
  /** The embedded store's file in the data directory. */
  sqlitePath: string;
  projectionsPath: string;
}

/** Flags win over SAMSYN_* variables, which win over the defaults of docs/api.md "Running the server". */
export const storeSettings = (flags: StoreFlags, io: CliIo): StoreSettings => {
  const dataDir = resolve(io.cwd, flags.dataDir ?? io.env.SAMSYN_DATA_DIR ?? './data');
  const store = flags.store ?? io.env.SAMSYN_STORE ?? 'sqlite';
  if (!isStoreKind(store)) throw new CliError(`unknown store "${store}" (sqlite, postgres or eventstoredb)`);
  return {
    store,
    dataDir,
    sqlitePath: sqliteEventsPathIn(dataDir),
    postgresUrl: io.env.SAMSYN_POSTGRES_URL,
    eventStoreUrl: io.env.EVENTSTORE_URL,
    projectionsPath: resolve(io.cwd, flags.projections ?? join(dataDir, 'projections.sqlite')),
  };
};

const oneLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/** Opens the configured store. `mustExist`: reading commands refuse to create an empty store. */
export const openStore = async (s: StoreSettings, mustExist: boolean): Promise<EventStore> => {
  try {
    return await openEventStore(s, { mustExist });
  } catch (e) {
    if (e instanceof StoreLocationError) throw new CliError(e.message);
    throw new CliError(`cannot open the ${s.store} event store: ${oneLine(e)}`);
  }
};

export const openProjectionStates = (s: StoreSettings): SqliteProjectionStore => {
  try {
    return sqliteProjectionStateStore({ path: s.projectionsPath });
  } catch (e) {
    throw new CliError(`cannot open the projection state at ${s.projectionsPath}: ${oneLine(e)}`);
  }
};
