import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EventStore } from '@samsyn/event-store';
import { sqliteEventsPathIn } from '@samsyn/store-sqlite';
import { sqliteProjectionStateStore, type SqliteProjectionStore } from '@samsyn/projections';
import { CliError, type CliIo } from './cli-io';

export interface StoreFlags {
  dataDir?: string;
  store?: string;
  projections?: string;
}

export interface StoreSettings {
  kind: 'sqlite' | 'postgres' | 'eventstoredb';
  dataDir: string;
  sqlitePath: string;
  postgresUrl?: string;
  eventstoreUrl?: string;
  projectionsPath: string;
}

/** Flags win over SAMSYN_* variables, which win over the defaults of docs/api.md "Running the server". */
export const storeSettings = (flags: StoreFlags, io: CliIo): StoreSettings => {
  const dataDir = resolve(io.cwd, flags.dataDir ?? io.env.SAMSYN_DATA_DIR ?? './data');
  const kind = flags.store ?? io.env.SAMSYN_STORE ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres' && kind !== 'eventstoredb') throw new CliError(`unknown store "${kind}" (sqlite, postgres or eventstoredb)`);
  return {
    kind,
    dataDir,
    sqlitePath: sqliteEventsPathIn(dataDir),
    postgresUrl: io.env.SAMSYN_POSTGRES_URL,
    eventstoreUrl: io.env.EVENTSTORE_URL,
    projectionsPath: resolve(io.cwd, flags.projections ?? join(dataDir, 'projections.sqlite')),
  };
};

const oneLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/** Opens the configured store. `mustExist`: reading commands refuse to create an empty store. */
export const openStore = async (s: StoreSettings, mustExist: boolean): Promise<EventStore> => {
  try {
    if (s.kind === 'sqlite') {
      if (mustExist && !existsSync(s.sqlitePath)) throw new CliError(`no event store at ${s.sqlitePath}`);
      if (!mustExist) mkdirSync(s.dataDir, { recursive: true, mode: 0o700 }); // private, like the server's
      const { sqliteEventStore } = await import('@samsyn/store-sqlite');
      const store = sqliteEventStore({ path: s.sqlitePath });
      await store.headPosition(); // a file that is not a store fails here, not half-way through a command
      return store;
    }
    if (s.kind === 'postgres') {
      if (!s.postgresUrl) throw new CliError('SAMSYN_POSTGRES_URL is not set');
      const { createPostgresEventStore } = await import('@samsyn/store-postgres');
      return await createPostgresEventStore({ connectionString: s.postgresUrl });
    }
    if (!s.eventstoreUrl) throw new CliError('EVENTSTORE_URL is not set');
    const { createEventStoreDbEventStore } = await import('@samsyn/store-eventstoredb');
    return createEventStoreDbEventStore({ connectionString: s.eventstoreUrl });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot open the ${s.kind} event store: ${oneLine(e)}`);
  }
};

export const openProjectionStates = (s: StoreSettings): SqliteProjectionStore => {
  try {
    return sqliteProjectionStateStore({ path: s.projectionsPath });
  } catch (e) {
    throw new CliError(`cannot open the projection state at ${s.projectionsPath}: ${oneLine(e)}`);
  }
};
