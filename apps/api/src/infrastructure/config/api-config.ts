import * as path from 'node:path';
import { authConfigFromEnv, type AuthConfig } from '../auth/auth-config';
import { isStoreKind, STORE_KINDS, type StoreKind } from '@samsyn/open-store';
import { isRowStorable, ROW_STORABLE_READ_MODELS } from '@samsyn/projections/row-storable';
import { webhookSettingsFromEnv, type WebhookSettings } from '../../modules/webhooks/webhook-settings';
import { reminderSettingsFromEnv, type ReminderSettings } from '../../modules/proposals/process-managers/send-reminders/reminder-settings';
import { ADDRESS_LIMIT_FACTOR, httpSettingsFromEnv, type HttpSettings } from './http-settings';

/** Everything the server reads from its environment, read once at the edge (docs/api.md "Running the server"). */
export interface ApiConfig {
  port: number;
  dataDir: string;
  store: StoreKind;
  postgresUrl?: string;
  eventStoreUrl?: string;
  /** Where the read models keep state and checkpoint: the data directory's SQLite file, or PostgreSQL. */
  projectionState: 'sqlite' | 'postgres';
  /** SAMSYN_READ_MODEL_ROWS: read models kept as system-versioned rows (docs/read-model-storage.md); default none. */
  readModelRows: string[];
  demo: boolean;
  jwtSecret?: string;
  jwksUrl?: string;
  /** OpenID Connect, role mapping, token lifetime (SAMSYN_OIDC_*, SAMSYN_ROLE_MAPPING, SAMSYN_MAX_TOKEN_LIFETIME). */
  auth: AuthConfig;
  bodyLimit: string;
  /** Writes per principal per window, and per client address (both must hold; default 5× the principal's). */
  writeRateLimit: { limit: number; ttlMs: number; perAddress?: number };
  /** Host, timeouts, JSON depth, failed sign-ins, trust proxy (http-settings.ts). */
  http: HttpSettings;
  readYourWritesTimeoutMs: number;
  /** 0 disables the periodic review-deadline sweep. */
  overdueSweepIntervalMs: number;
  logLevel: string;
  /** Serialised live reads kept per read-model position; 0 entries turns the cache off. */
  readCache?: { maxEntries: number; maxBytes: number };
  /** GET /events/live: open streams allowed per principal and in all, and the heartbeat interval (0: none). */
  liveStreams?: { perPrincipal: number; total: number; heartbeatMs: number; maxBufferedBytes?: number; maxCatchUp?: number };
  /** On shutdown, how long open requests may finish before their connections are closed. */
  shutdownGraceMs?: number;
  /** Origins (scheme://host[:port]) whose pages may call the API from a browser; none by default. */
  corsOrigins?: string[];
  /** The Ed25519 key that signs tree heads (PEM or its path); else the data directory's. */
  signingKey?: string;
  /** Signed heads published every N events or T minutes (0 turns either off), to a file outlet. */
  headPublication?: { everyEvents: number; everyMs: number; outletFile: string | null };
  /** The web application's sign-in: an OpenID Connect provider (SAMSYN_OIDC_ISSUER, SAMSYN_OIDC_CLIENT_ID). */
  oidcIssuer?: string;
  oidcClientId?: string;
  /** What the web application asks the provider for (SAMSYN_OIDC_SCOPE; Entra ID needs its API's scope here). */
  oidcScope?: string;
  /** The provider's name on the sign-in button, "Logga in med <name>" (SAMSYN_OIDC_NAME; default the issuer's host). */
  oidcName?: string;
  /** The built web application (SAMSYN_WEB_DIR; default: dist/apps/web of the repository). */
  webAppDir?: string;
  /** GET /health/ready: how many events the read models may trail the store and still take traffic (SAMSYN_READY_MAX_LAG). */
  readiness?: { maxLag: number };
  /** E-mail notifications (docs/governance-notifications.md): off without an SMTP URL. */
  notifications?: { smtpUrl?: string; mailFrom: string; publicUrl: string };
  /** Webhook delivery, retries and pausing (docs/webhooks.md); the defaults when absent. */
  webhooks?: WebhookSettings;
  /** Reminders before a review deadline, to bodies holding long, and the review-cycle sweep; the defaults when absent. */
  reminders?: ReminderSettings;
}

/** Events a ready server's read models may trail the store by: about a second of heavy writing. */
export const DEFAULT_READY_MAX_LAG = 1000;

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

/** `SAMSYN_READ_MODEL_ROWS=proposals`: the read models kept as rows, each one that can be. */
const readModelRowsFrom = (value: string | undefined): string[] => {
  const names = (value ?? '').split(',').map((n) => n.trim()).filter((n) => n !== '');
  for (const n of names) if (!isRowStorable(n)) throw new Error(`SAMSYN_READ_MODEL_ROWS: "${n}" cannot be kept as rows (only: ${ROW_STORABLE_READ_MODELS.join(', ')})`);
  return names;
};

/** `SAMSYN_CORS_ORIGINS=https://bi.example.se,https://intra.example.se`: exact origins, nothing else. */
const corsOriginsFrom = (value: string | undefined): string[] => {
  const origins = (value ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  for (const o of origins) {
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      throw new Error(`SAMSYN_CORS_ORIGINS: "${o}" is not an origin (scheme://host[:port])`);
    }
    if (url.origin !== o) throw new Error(`SAMSYN_CORS_ORIGINS: "${o}" is not an origin; did you mean "${url.origin}"?`);
  }
  return origins;
};

export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): ApiConfig => {
  const store = env.SAMSYN_STORE ?? 'sqlite';
  if (!isStoreKind(store)) throw new Error(`SAMSYN_STORE must be one of ${STORE_KINDS.join(', ')}, got "${store}"`);
  const writeLimit = intFrom(env.SAMSYN_WRITE_RATE_LIMIT, 120, 'SAMSYN_WRITE_RATE_LIMIT');
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    dataDir: path.resolve(env.SAMSYN_DATA_DIR ?? './data'),
    store,
    postgresUrl: env.SAMSYN_POSTGRES_URL || undefined,
    eventStoreUrl: env.EVENTSTORE_URL || undefined,
    projectionState: projectionStateFrom(env.SAMSYN_PROJECTION_STATE),
    readModelRows: readModelRowsFrom(env.SAMSYN_READ_MODEL_ROWS),
    demo: env.SAMSYN_DEMO !== '0',
    jwtSecret: env.SAMSYN_JWT_SECRET || undefined,
    jwksUrl: env.SAMSYN_JWKS_URL || undefined,
    corsOrigins: corsOriginsFrom(env.SAMSYN_CORS_ORIGINS),
    auth: authConfigFromEnv(env),
    bodyLimit: env.SAMSYN_BODY_LIMIT ?? '1mb',
    writeRateLimit: {
      limit: writeLimit,
      ttlMs: intFrom(env.SAMSYN_WRITE_RATE_WINDOW_MS, 60_000, 'SAMSYN_WRITE_RATE_WINDOW_MS'),
      perAddress: intFrom(env.SAMSYN_WRITE_RATE_LIMIT_PER_ADDRESS, writeLimit * ADDRESS_LIMIT_FACTOR, 'SAMSYN_WRITE_RATE_LIMIT_PER_ADDRESS'),
    },
    http: httpSettingsFromEnv(env),
    readYourWritesTimeoutMs: intFrom(env.SAMSYN_READ_YOUR_WRITES_MS, 2000, 'SAMSYN_READ_YOUR_WRITES_MS'),
    overdueSweepIntervalMs: intFrom(env.SAMSYN_OVERDUE_SWEEP_MS, 60_000, 'SAMSYN_OVERDUE_SWEEP_MS'),
    logLevel: env.LOG_LEVEL ?? 'info',
    readCache: {
      maxEntries: intFrom(env.SAMSYN_READ_CACHE_ENTRIES, 64, 'SAMSYN_READ_CACHE_ENTRIES'),
      maxBytes: intFrom(env.SAMSYN_READ_CACHE_MB, 32, 'SAMSYN_READ_CACHE_MB') * 1024 * 1024,
    },
    liveStreams: {
      perPrincipal: intFrom(env.SAMSYN_LIVE_STREAMS_PER_PRINCIPAL, 5, 'SAMSYN_LIVE_STREAMS_PER_PRINCIPAL'),
      total: intFrom(env.SAMSYN_LIVE_STREAMS_TOTAL, 500, 'SAMSYN_LIVE_STREAMS_TOTAL'),
      heartbeatMs: intFrom(env.SAMSYN_LIVE_HEARTBEAT_MS, 15_000, 'SAMSYN_LIVE_HEARTBEAT_MS'),
    },
    shutdownGraceMs: intFrom(env.SAMSYN_SHUTDOWN_GRACE_MS, 5000, 'SAMSYN_SHUTDOWN_GRACE_MS'),
    signingKey: env.SAMSYN_SIGNING_KEY || undefined,
    headPublication: {
      everyEvents: intFrom(env.SAMSYN_HEAD_EVERY_EVENTS, 1000, 'SAMSYN_HEAD_EVERY_EVENTS'),
      everyMs: intFrom(env.SAMSYN_HEAD_EVERY_MINUTES, 60, 'SAMSYN_HEAD_EVERY_MINUTES') * 60_000,
      outletFile: env.SAMSYN_HEAD_OUTLET_FILE === '' ? null : path.resolve(env.SAMSYN_HEAD_OUTLET_FILE ?? path.join(env.SAMSYN_DATA_DIR ?? './data', 'signed-heads.jsonl')),
    },
    oidcIssuer: env.SAMSYN_OIDC_ISSUER || undefined,
    oidcClientId: env.SAMSYN_OIDC_CLIENT_ID || undefined,
    oidcScope: env.SAMSYN_OIDC_SCOPE?.trim() || undefined,
    oidcName: env.SAMSYN_OIDC_NAME?.trim() || undefined,
    webAppDir: env.SAMSYN_WEB_DIR || undefined,
    readiness: { maxLag: intFrom(env.SAMSYN_READY_MAX_LAG, DEFAULT_READY_MAX_LAG, 'SAMSYN_READY_MAX_LAG') },
    notifications: {
      smtpUrl: env.SAMSYN_SMTP_URL || undefined,
      mailFrom: env.SAMSYN_MAIL_FROM || 'Samsyn <samsyn@localhost>',
      publicUrl: env.SAMSYN_PUBLIC_URL || `http://localhost:${env.PORT || 3000}`,
    },
    webhooks: webhookSettingsFromEnv(env),
    reminders: reminderSettingsFromEnv(env),
  };
};
