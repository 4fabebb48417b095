/** How deliveries are made, retried and given up on (docs/webhooks.md "Settings"). */
export interface WebhookSettings {
  /** false: subscriptions are kept and readable, nothing is delivered (SAMSYN_WEBHOOKS=0). */
  deliver: boolean;
  /** Loopback and private addresses may receive webhooks (SAMSYN_WEBHOOK_ALLOW_PRIVATE=1); refused by default (SSRF). */
  allowPrivateAddresses: boolean;
  /** One attempt's bound, connect to the end of the answer's head. */
  timeoutMs: number;
  /** The wait after the first failure; doubled after each next one, up to retryMaxMs; each wait is drawn from [½, 1] of that. */
  retryInitialMs: number;
  retryMaxMs: number;
  /** A subscription is paused after this many failed attempts in a row… */
  pauseAfterFailures: number;
  /** …or when its failures have lasted this long, whichever comes first. */
  pauseAfterMs: number;
  /** Delivered entries kept per subscription in the delivery log (those still pending are always kept). */
  logKeep: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  deliver: true,
  allowPrivateAddresses: false,
  timeoutMs: 10_000,
  retryInitialMs: 1_000,
  retryMaxMs: 300_000,
  pauseAfterFailures: 20,
  pauseAfterMs: 3_600_000,
  logKeep: 1_000,
};

const count = (env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number => {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer of at least ${min}, got "${value}"`);
  return n;
};

const flag = (env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean => {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
};

export const webhookSettingsFromEnv = (env: NodeJS.ProcessEnv): WebhookSettings => {
  const d = DEFAULT_WEBHOOK_SETTINGS;
  const settings: WebhookSettings = {
    deliver: flag(env, 'SAMSYN_WEBHOOKS', d.deliver),
    allowPrivateAddresses: flag(env, 'SAMSYN_WEBHOOK_ALLOW_PRIVATE', d.allowPrivateAddresses),
    timeoutMs: count(env, 'SAMSYN_WEBHOOK_TIMEOUT_MS', d.timeoutMs, 1),
    retryInitialMs: count(env, 'SAMSYN_WEBHOOK_RETRY_INITIAL_MS', d.retryInitialMs, 1),
    retryMaxMs: count(env, 'SAMSYN_WEBHOOK_RETRY_MAX_MS', d.retryMaxMs, 1),
    pauseAfterFailures: count(env, 'SAMSYN_WEBHOOK_PAUSE_AFTER_FAILURES', d.pauseAfterFailures, 1),
    pauseAfterMs: count(env, 'SAMSYN_WEBHOOK_PAUSE_AFTER_MS', d.pauseAfterMs, 1),
    logKeep: count(env, 'SAMSYN_WEBHOOK_LOG_KEEP', d.logKeep, 1),
  };
  if (settings.retryMaxMs < settings.retryInitialMs) throw new Error('SAMSYN_WEBHOOK_RETRY_MAX_MS must be at least SAMSYN_WEBHOOK_RETRY_INITIAL_MS');
  return settings;
};
