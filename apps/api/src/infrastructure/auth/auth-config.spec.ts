import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { authConfigFromEnv } from './auth-config';

describe('authentication settings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-auth-config-'));
  const file = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('defaults: no provider, a 24 h bound on every token', () => {
    expect(authConfigFromEnv({})).toEqual({ oidc: undefined, roleMapping: undefined, lifetime: { maxLifetimeSeconds: 86_400, clockToleranceSeconds: 0 }, providerClockToleranceSeconds: 30 });
  });

  it('the client id is the audience unless SAMSYN_OIDC_AUDIENCE names others', () => {
    const base = { SAMSYN_OIDC_ISSUER: 'https://login.microsoftonline.com/tid/v2.0', SAMSYN_OIDC_CLIENT_ID: 'cid' };
    expect(authConfigFromEnv(base).oidc).toEqual({ issuer: base.SAMSYN_OIDC_ISSUER, clientId: 'cid', audiences: ['cid'] });
    expect(authConfigFromEnv({ ...base, SAMSYN_OIDC_AUDIENCE: 'api://samsyn, cid' }).oidc?.audiences).toEqual(['api://samsyn', 'cid']);
    expect(authConfigFromEnv({ SAMSYN_MAX_TOKEN_LIFETIME: '8h' }).lifetime.maxLifetimeSeconds).toBe(8 * 3600);
  });

  it('loads and checks the role mapping at start', () => {
    const good = file('good.json', '{"roles": {"Samsyn.Admin": [{"role": "admin"}]}}');
    expect(authConfigFromEnv({ SAMSYN_OIDC_ISSUER: 'https://idp.example.se', SAMSYN_OIDC_CLIENT_ID: 'c', SAMSYN_ROLE_MAPPING: good }).roleMapping?.mapping.roles.get('Samsyn.Admin')).toEqual([{ role: 'admin' }]);
  });

  it.each([
    ['an issuer without client id', { SAMSYN_OIDC_ISSUER: 'https://idp.example.se' }, /SAMSYN_OIDC_CLIENT_ID is not/],
    ['a client id without issuer', { SAMSYN_OIDC_CLIENT_ID: 'c' }, /SAMSYN_OIDC_ISSUER is not/],
    ['an issuer that is no URL', { SAMSYN_OIDC_ISSUER: 'idp', SAMSYN_OIDC_CLIENT_ID: 'c' }, /must be a URL/],
    ['both an issuer and a JWKS URL', { SAMSYN_OIDC_ISSUER: 'https://idp.example.se', SAMSYN_OIDC_CLIENT_ID: 'c', SAMSYN_JWKS_URL: 'https://idp.example.se/keys' }, /not both/],
    ['a role mapping without a provider', { SAMSYN_ROLE_MAPPING: '/nowhere.json' }, /needs SAMSYN_OIDC_ISSUER/],
    ['a bad lifetime', { SAMSYN_MAX_TOKEN_LIFETIME: 'forever' }, /SAMSYN_MAX_TOKEN_LIFETIME must be a duration/],
  ])('refuses %s', (_, env, message) => {
    expect(() => authConfigFromEnv(env)).toThrow(message);
  });

  it('refuses a bad mapping file, naming the problem', () => {
    const env = (f: string) => ({ SAMSYN_OIDC_ISSUER: 'https://idp.example.se', SAMSYN_OIDC_CLIENT_ID: 'c', SAMSYN_ROLE_MAPPING: f });
    expect(() => authConfigFromEnv(env(file('bad.json', '{"roles": ')))).toThrow(/bad\.json\): file: not valid JSON/);
    expect(() => authConfigFromEnv(env(file('role.json', '{"roles": {"R": [{"role": "boss"}]}}')))).toThrow(/roles\["R"\]\[0\]: unknown role "boss"/);
    expect(() => authConfigFromEnv(env(file('stake.json', '{"groups": {"G": [{"role": "reviewer"}]}}')))).toThrow(/groups\["G"\]\[0\]: reviewer needs a stakeholder/);
  });
});
