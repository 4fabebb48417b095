import { isIP } from 'node:net';

/**
 * The HTTP edge's own settings (README "Running the server"): where to listen, how long a client
 * may take to send a request, how deep a JSON body may nest, how often a client may write or fail
 * to sign in, and whether a proxy in front may name the client's address. Read once at startup;
 * a bad value stops the start with a message naming the variable.
 */
export interface HttpSettings {
  /** Interface to listen on; undefined: every interface (Node's `::`, or `0.0.0.0` without IPv6). */
  host?: string;
  /** Express `trust proxy`: false (the socket's address is the client), a hop count, or addresses/subnets. */
  trustProxy: false | number | string;
  timeouts: HttpTimeouts;
  /** Deepest nesting of arrays and objects a JSON body may have. */
  jsonMaxDepth: number;
  /** Answers 401 per client address per window before that address gets 429 without its token being checked. */
  authFailureLimit: { limit: number; ttlMs: number };
}

export interface HttpTimeouts {
  /** Whole request head (Node `headersTimeout`). */
  headersMs: number;
  /** Whole request, head and body (Node `requestTimeout`): a trickled body ends in 408. */
  requestMs: number;
  /** Idle keep-alive connection between requests (Node `keepAliveTimeout`). */
  keepAliveMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };
export const DEFAULT_JSON_MAX_DEPTH = 64;
export const DEFAULT_AUTH_FAILURE_LIMIT = { limit: 30, ttlMs: 60_000 };
/** Writes per client address per window, when not configured: five principals' worth (offices share addresses). */
export const ADDRESS_LIMIT_FACTOR = 5;

const positiveInt = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
};

/** `true` would let any client name its own address in X-Forwarded-For, so it is refused: name the hops or the proxies. */
export const trustProxyFrom = (value: string | undefined): false | number | string => {
  const v = value?.trim();
  if (v === undefined || v === '' || v === '0' || v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (v === 'true') throw new Error('SAMSYN_TRUST_PROXY=true would trust any client\'s X-Forwarded-For: give the number of proxy hops or the proxies\' addresses');
  const names = new Set(['loopback', 'linklocal', 'uniquelocal']);
  for (const part of v.split(',').map((p) => p.trim())) {
    const [address, bits, extra] = part.split('/');
    const ok = names.has(part) || (isIP(address) !== 0 && extra === undefined && (bits === undefined || /^\d{1,3}$/.test(bits)));
    if (!ok) throw new Error(`SAMSYN_TRUST_PROXY must be a hop count or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal, got "${part}"`);
  }
  return v;
};

const hostFrom = (value: string | undefined): string | undefined => {
  const v = value?.trim();
  if (!v) return undefined;
  if (isIP(v) === 0 && !/^[A-Za-z0-9.-]+$/.test(v)) throw new Error(`HOST must be an address or a host name, got "${value}"`);
  return v;
};

export const httpSettingsFromEnv = (env: NodeJS.ProcessEnv): HttpSettings => {
  const timeouts: HttpTimeouts = {
    headersMs: positiveInt(env.SAMSYN_HEADERS_TIMEOUT_MS, DEFAULT_HTTP_TIMEOUTS.headersMs, 'SAMSYN_HEADERS_TIMEOUT_MS'),
    requestMs: positiveInt(env.SAMSYN_REQUEST_TIMEOUT_MS, DEFAULT_HTTP_TIMEOUTS.requestMs, 'SAMSYN_REQUEST_TIMEOUT_MS'),
    keepAliveMs: positiveInt(env.SAMSYN_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_HTTP_TIMEOUTS.keepAliveMs, 'SAMSYN_KEEP_ALIVE_TIMEOUT_MS'),
  };
  // Node refuses a head timeout longer than the whole request's.
  if (timeouts.headersMs > timeouts.requestMs) throw new Error('SAMSYN_HEADERS_TIMEOUT_MS must not be longer than SAMSYN_REQUEST_TIMEOUT_MS');
  return {
    host: hostFrom(env.HOST),
    trustProxy: trustProxyFrom(env.SAMSYN_TRUST_PROXY),
    timeouts,
    jsonMaxDepth: positiveInt(env.SAMSYN_JSON_MAX_DEPTH, DEFAULT_JSON_MAX_DEPTH, 'SAMSYN_JSON_MAX_DEPTH'),
    authFailureLimit: {
      limit: positiveInt(env.SAMSYN_AUTH_FAILURE_LIMIT, DEFAULT_AUTH_FAILURE_LIMIT.limit, 'SAMSYN_AUTH_FAILURE_LIMIT'),
      ttlMs: positiveInt(env.SAMSYN_AUTH_FAILURE_WINDOW_MS, DEFAULT_AUTH_FAILURE_LIMIT.ttlMs, 'SAMSYN_AUTH_FAILURE_WINDOW_MS'),
    },
  };
};
