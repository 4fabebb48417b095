import type { ApiConfig } from '../infrastructure/config/api-config';

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
