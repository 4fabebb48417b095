import * as path from 'node:path';

export type StoreKind = 'sqlite' | 'postgres' | 'eventstoredb';

/** Everything the server reads from its environment, read once at the edge (API.md "Running the server"). */
export interface ApiConfig {
  port: number;
  dataDir: string;
  store: StoreKind;
  postgresUrl?: string;
  eventStoreUrl?: string;
  /** Where the read models keep state and checkpoint: the data directory's SQLite file, or PostgreSQL. */
  projectionState: 'sqlite' | 'postgres';
  demo: boolean;
  jwtSecret?: string;
  jwksUrl?: string;
  bodyLimit: string;
  /** Writes per principal (or address) per window. */
  writeRateLimit: { limit: number; ttlMs: number };
  readYourWritesTimeoutMs: number;
  /** 0 disables the periodic review-deadline sweep. */
  overdueSweepIntervalMs: number;
  logLevel: string;
  /** Serialised live reads kept per read-model position; 0 entries turns the cache off. */
  readCache?: { maxEntries: number; maxBytes: number };
  /** The web application's sign-in: an OpenID Connect provider (SAMSYN_OIDC_ISSUER, SAMSYN_OIDC_CLIENT_ID). */
  oidcIssuer?: string;
  oidcClientId?: string;
  /** The built web application (SAMSYN_WEB_DIR; default: dist/apps/web of the repository). */
  webAppDir?: string;
}

const STORES: readonly StoreKind[] = ['sqlite', 'postgres', 'eventstoredb'];

const intFrom = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
};

const projectionStateFrom = (value: string | undefined): 'sqlite' | 'postgres' => {
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'postgres') return 'postgres';
  throw new Error(`SAMSYN_PROJECTION_STATE must be sqlite or postgres, got "${value}"`);
};

export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): ApiConfig => {
  const store = (env.SAMSYN_STORE ?? 'sqlite') as StoreKind;
  if (!STORES.includes(store)) throw new Error(`SAMSYN_STORE must be one of ${STORES.join(', ')}, got "${store}"`);
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    dataDir: path.resolve(env.SAMSYN_DATA_DIR ?? './data'),
    store,
    postgresUrl: env.SAMSYN_POSTGRES_URL || undefined,
    eventStoreUrl: env.EVENTSTORE_URL || undefined,
    projectionState: projectionStateFrom(env.SAMSYN_PROJECTION_STATE),
    demo: env.SAMSYN_DEMO !== '0',
    jwtSecret: env.SAMSYN_JWT_SECRET || undefined,
    jwksUrl: env.SAMSYN_JWKS_URL || undefined,
    bodyLimit: env.SAMSYN_BODY_LIMIT ?? '1mb',
    writeRateLimit: {
      limit: intFrom(env.SAMSYN_WRITE_RATE_LIMIT, 120, 'SAMSYN_WRITE_RATE_LIMIT'),
      ttlMs: intFrom(env.SAMSYN_WRITE_RATE_WINDOW_MS, 60_000, 'SAMSYN_WRITE_RATE_WINDOW_MS'),
    },
    readYourWritesTimeoutMs: intFrom(env.SAMSYN_READ_YOUR_WRITES_MS, 2000, 'SAMSYN_READ_YOUR_WRITES_MS'),
    overdueSweepIntervalMs: intFrom(env.SAMSYN_OVERDUE_SWEEP_MS, 60_000, 'SAMSYN_OVERDUE_SWEEP_MS'),
    logLevel: env.LOG_LEVEL ?? 'info',
    readCache: {
      maxEntries: intFrom(env.SAMSYN_READ_CACHE_ENTRIES, 64, 'SAMSYN_READ_CACHE_ENTRIES'),
      maxBytes: intFrom(env.SAMSYN_READ_CACHE_MB, 32, 'SAMSYN_READ_CACHE_MB') * 1024 * 1024,
    },
    oidcIssuer: env.SAMSYN_OIDC_ISSUER || undefined,
    oidcClientId: env.SAMSYN_OIDC_CLIENT_ID || undefined,
    webAppDir: env.SAMSYN_WEB_DIR || undefined,
  };
};
