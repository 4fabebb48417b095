import { configFromEnv } from './api-config';
import { DEFAULT_HTTP_TIMEOUTS, httpSettingsFromEnv, trustProxyFrom } from './http-settings';

describe('HTTP settings from the environment', () => {
  it('defaults: every interface, no proxy trusted, 10 s head / 30 s request / 5 s keep-alive, depth 64, 30 failed sign-ins a minute', () => {
    expect(httpSettingsFromEnv({})).toEqual({
      host: undefined,
      trustProxy: false,
      timeouts: DEFAULT_HTTP_TIMEOUTS,
      jsonMaxDepth: 64,
      authFailureLimit: { limit: 30, ttlMs: 60_000 },
    });
    expect(DEFAULT_HTTP_TIMEOUTS).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 });
  });

  it('reads every variable', () => {
    const s = httpSettingsFromEnv({
      HOST: '127.0.0.1',
      SAMSYN_TRUST_PROXY: '10.0.0.0/8, loopback',
      SAMSYN_HEADERS_TIMEOUT_MS: '2000',
      SAMSYN_REQUEST_TIMEOUT_MS: '4000',
      SAMSYN_KEEP_ALIVE_TIMEOUT_MS: '61000',
      SAMSYN_JSON_MAX_DEPTH: '32',
      SAMSYN_AUTH_FAILURE_LIMIT: '5',
      SAMSYN_AUTH_FAILURE_WINDOW_MS: '1000',
    });
    expect(s).toEqual({
      host: '127.0.0.1',
      trustProxy: '10.0.0.0/8, loopback',
      timeouts: { headersMs: 2000, requestMs: 4000, keepAliveMs: 61000 },
      jsonMaxDepth: 32,
      authFailureLimit: { limit: 5, ttlMs: 1000 },
    });
    expect(httpSettingsFromEnv({ HOST: '::' }).host).toBe('::');
  });

  it('trust proxy: a hop count or named proxies, never "true" (anyone could name their own address)', () => {
    expect(trustProxyFrom('0')).toBe(false);
    expect(trustProxyFrom('false')).toBe(false);
    expect(trustProxyFrom('1')).toBe(1);
    expect(trustProxyFrom('loopback')).toBe('loopback');
    expect(() => trustProxyFrom('true')).toThrow(/X-Forwarded-For/);
    expect(() => trustProxyFrom('my proxy')).toThrow(/SAMSYN_TRUST_PROXY/);
    expect(() => trustProxyFrom('10.0.0.1/8/9')).toThrow(/SAMSYN_TRUST_PROXY/);
  });

  it('refuses values that would break the server, naming the variable', () => {
    expect(() => httpSettingsFromEnv({ SAMSYN_REQUEST_TIMEOUT_MS: '0' })).toThrow(/SAMSYN_REQUEST_TIMEOUT_MS must be a positive integer/);
    expect(() => httpSettingsFromEnv({ SAMSYN_HEADERS_TIMEOUT_MS: '40000' })).toThrow(/must not be longer than SAMSYN_REQUEST_TIMEOUT_MS/);
    expect(() => httpSettingsFromEnv({ HOST: 'http://x' })).toThrow(/HOST/);
  });

  it('the per-address write limit defaults to five principals’ worth', () => {
    expect(configFromEnv({}).writeRateLimit).toEqual({ limit: 120, ttlMs: 60_000, perAddress: 600 });
    expect(configFromEnv({ SAMSYN_WRITE_RATE_LIMIT: '10', SAMSYN_WRITE_RATE_LIMIT_PER_ADDRESS: '15' }).writeRateLimit.perAddress).toBe(15);
  });
});
