import { configFromEnv } from '../../apps/api/src/infrastructure/config/api-config';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/** The HTTP edge as seen from a browser on another host: /docs over plain HTTP, CORS only where configured. */
describe('E2E: /docs over plain HTTP and CORS', () => {
  let plain: E2eApp;
  let withCors: E2eApp;
  beforeAll(async () => {
    plain = await startE2eApp();
    withCors = await startE2eApp({ corsOrigins: ['https://bi.uppsala.se'] });
  });
  afterAll(async () => {
    await plain?.close();
    await withCors?.close();
  });

  it('/docs keeps its assets on the scheme it was reached by (no upgrade-insecure-requests)', async () => {
    const docs = await plain.http().get('/docs/').set('Host', 'samsyn.kommun.local:3000');
    expect(docs.status).toBe(200);
    const csp = docs.headers['content-security-policy'] as string;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
  });

  it('without SAMSYN_CORS_ORIGINS no origin is allowed', async () => {
    const pre = await plain.http().options('/catalogue').set('Origin', 'https://bi.uppsala.se').set('Access-Control-Request-Method', 'GET');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const get = await plain.http().get('/health').set('Origin', 'https://bi.uppsala.se');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('a configured origin gets its preflight answered and the headers a client needs exposed; another origin does not', async () => {
    const pre = await withCors.http().options('/catalogue').set('Origin', 'https://bi.uppsala.se').set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'authorization');
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('https://bi.uppsala.se');
    const token = await withCors.bearer('aud', [{ role: 'auditor' }]);
    const get = await withCors.http().get('/catalogue').set('Origin', 'https://bi.uppsala.se').set('Authorization', token);
    expect(get.status).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBe('https://bi.uppsala.se');
    expect(get.headers['access-control-expose-headers']).toMatch(/ETag/);
    const other = await withCors.http().options('/catalogue').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('SAMSYN_CORS_ORIGINS takes exact origins and refuses anything else with a sentence', () => {
    expect(configFromEnv({ SAMSYN_CORS_ORIGINS: 'https://bi.uppsala.se, http://localhost:5173' }).corsOrigins).toEqual(['https://bi.uppsala.se', 'http://localhost:5173']);
    expect(configFromEnv({}).corsOrigins).toEqual([]);
    expect(() => configFromEnv({ SAMSYN_CORS_ORIGINS: 'https://bi.uppsala.se/reports' })).toThrow(/not an origin; did you mean "https:\/\/bi.uppsala.se"/);
    expect(() => configFromEnv({ SAMSYN_CORS_ORIGINS: '*' })).toThrow(/not an origin/);
  });
});
