import type { EventStore } from '@samsyn/event-store';
import type { ApiConfig } from '../infrastructure/config/api-config';

/** The configured storage adapter. Drivers of the other stores load only when chosen. */
export const openStore = async (config: Pick<ApiConfig, 'store' | 'dataDir' | 'postgresUrl' | 'eventStoreUrl'>): Promise<EventStore> => {
  switch (config.store) {
    case 'sqlite': {
      const { makeDataDir, sqliteEventStore, sqliteEventsPathIn } = await import('@samsyn/store-sqlite');
      makeDataDir(config.dataDir);
      return sqliteEventStore({ path: sqliteEventsPathIn(config.dataDir) });
    }
    case 'postgres': {
      if (!config.postgresUrl) throw new Error('SAMSYN_STORE=postgres needs SAMSYN_POSTGRES_URL');
      const { createPostgresEventStore } = await import('@samsyn/store-postgres');
      return createPostgresEventStore({ connectionString: config.postgresUrl });
    }
    case 'eventstoredb': {
      if (!config.eventStoreUrl) throw new Error('SAMSYN_STORE=eventstoredb needs EVENTSTORE_URL');
      const { createEventStoreDbEventStore } = await import('@samsyn/store-eventstoredb');
      return createEventStoreDbEventStore({ connectionString: config.eventStoreUrl });
    }
  }
};

/** The read models' state store when the operator keeps it in PostgreSQL (SAMSYN_PROJECTION_STATE).
 * `onConnectionError`: a connection the server cut (PostgreSQL restarted), for the log. */
export const openProjectionStateStore = async (config: Pick<ApiConfig, 'projectionState' | 'postgresUrl'>, onConnectionError?: (e: Error) => void) => {
  if (config.projectionState !== 'postgres') return undefined;
  if (!config.postgresUrl) throw new Error('SAMSYN_PROJECTION_STATE=postgres needs SAMSYN_POSTGRES_URL');
  const { Pool } = await import('pg');
  const { PostgresProjectionStateStore } = await import('@samsyn/store-postgres');
  const pool = new Pool({ connectionString: config.postgresUrl, connectionTimeoutMillis: 10_000 });
  const store = await PostgresProjectionStateStore.create(pool, undefined, onConnectionError);
  return Object.assign(store, { close: () => pool.end() });
};
