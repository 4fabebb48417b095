import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SignJWT } from 'jose';
import pino from 'pino';
import { configuredVerifier } from '../../../apps/api/src/infrastructure/auth/configured-verifier';
import { configFromEnv } from '../../../apps/api/src/infrastructure/config/api-config';
import { startOidcProvider, type TestOidcProvider } from '../../support/oidc-provider';
import { E2E_SECRET, startE2eApp, type E2eApp } from '../support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from '../support/world';

/**
 * Issue 11 "Signing in": the API verifies tokens from a real OpenID provider started here, got
 * through the authorization code flow with PKCE, and maps the provider's groups and roles to
 * Samsyn roles with the SAMSYN_ROLE_MAPPING file — the same settings path the server starts with.
 */
const MAPPING = {
  groups: { 'grp-ksn-reviewers': [{ role: 'reviewer', stakeholder: 'ksn' }], 'grp-ksn-owners': [{ role: 'process-owner', stakeholder: 'ksn' }] },
  roles: { 'Samsyn.Admin': [{ role: 'admin' }] },
};

const ACCOUNTS = {
  rita: { claims: { name: 'Rita Reviewer', groups: ['grp-ksn-reviewers', 'all-staff'] } },
  anna: { claims: { name: 'Anna Owner', groups: ['grp-ksn-owners'] } },
  ada: { claims: { name: 'Ada Admin', roles: ['Samsyn.Admin'] } },
  olle: { claims: { name: 'Olle Outsider', groups: ['all-staff'], roles: ['Some.Other.App'] } },
  kc: { claims: { preferred_username: 'karin@uppsala.se', oid: 'b1e0c4d2-oid', realm_access: { roles: ['samsyn-auditor', 'offline_access'] } } },
};

// Each sign-in is several HTTP round trips and the world is built over HTTP: generous on a loaded machine.
jest.setTimeout(60_000);

describe('E2E: OpenID Connect sign-in with role mapping', () => {
  let op: TestOidcProvider;
  let e2e: E2eApp;
  let t: Tokens;
  let dir: string;
  const bearer = async (who: keyof typeof ACCOUNTS) => `Bearer ${(await op.signIn(who)).accessToken}`;
  const envFor = (issuer: string, extra: Record<string, string> = {}) => ({
    SAMSYN_DATA_DIR: dir,
    SAMSYN_OIDC_ISSUER: issuer,
    SAMSYN_OIDC_CLIENT_ID: 'samsyn-web',
    SAMSYN_ROLE_MAPPING: path.join(dir, 'roles.json'),
    ...extra,
  });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-oidc-'));
    fs.writeFileSync(path.join(dir, 'roles.json'), JSON.stringify(MAPPING));
    op = await startOidcProvider({ accounts: ACCOUNTS, clientId: 'samsyn-web' });
    // SAMSYN_JWT_SECRET as well: the world is built with Samsyn's own tokens, as an operator's script would.
    const config = configFromEnv(envFor(op.issuer, { SAMSYN_JWT_SECRET: E2E_SECRET }));
    const auth = configuredVerifier(config);
    await auth.start(pino({ level: 'silent' }));
    e2e = await startE2eApp({ auth: config.auth }, undefined, auth.verifier);
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(async () => {
    await e2e?.close();
    await op?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const http = () => e2e.http();

  it('a mapped reviewer reviews for the organisation of their group, and for no other', async () => {
    const anna = await bearer('anna');
    const submitted = await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', anna)
      .send({ id: 'P-OIDC', baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Describe the need' }, { op: 'replace', path: '/steps/s2/name', value: 'Find the premises' }], rationale: 'Clearer names' });
    expect([submitted.status, submitted.body.status]).toEqual([201, 'submitted']);

    const rita = await bearer('rita');
    const forUh = await http().post('/proposals/P-OIDC/reviews').set('Authorization', rita).send({ stakeholder: 'uh', verdict: 'accept', comment: 'not mine' });
    expect(forUh.status).toBe(403);
    const forKsn = await http().post('/proposals/P-OIDC/reviews').set('Authorization', rita).send({ stakeholder: 'ksn', verdict: 'accept', comment: 'Bra' });
    expect(forKsn.status).toBe(201);
    const proposal = await http().get('/proposals/P-OIDC').set('Authorization', rita);
    expect(proposal.body.reviews).toEqual(expect.arrayContaining([expect.objectContaining({ stakeholder: 'ksn', verdict: 'accept', reviewer: 'rita' })]));
  });

  it('a provider role mapped to admin may write the registers; groups the mapping does not name give no roles', async () => {
    const ada = await bearer('ada');
    expect((await http().post('/stakeholders').set('Authorization', ada).send({ id: 'vaf', name: 'Vård och omsorg', kind: 'committee' })).status).toBe(201);
    const olle = await bearer('olle');
    expect((await http().get('/catalogue').set('Authorization', olle)).status).toBe(200);
    expect((await http().post('/stakeholders').set('Authorization', olle).send({ id: 'x1', name: 'X', kind: 'committee' })).status).toBe(403);
    const review = await http().post('/proposals/P-OIDC/reviews').set('Authorization', olle).send({ stakeholder: 'uh', verdict: 'reject', comment: 'no' });
    expect(review.status).toBe(403);
  });

  it('GET /me answers the principal as the API applies the token: the mapped roles, not the provider’s strings', async () => {
    const me = await http().get('/me').set('Authorization', await bearer('rita'));
    expect([me.status, me.body]).toEqual([200, { id: 'rita', name: 'Rita Reviewer', roles: [{ role: 'reviewer', stakeholder: 'ksn' }] }]);
    const olle = await http().get('/me').set('Authorization', await bearer('olle'));
    expect(olle.body).toEqual({ id: 'olle', name: 'Olle Outsider', roles: [] });
    expect((await http().get('/me')).status).toBe(401);
  });

  it('the ID token also verifies (its audience is the client id)', async () => {
    const { idToken } = await op.signIn('rita');
    expect((await http().get('/catalogue').set('Authorization', `Bearer ${idToken}`)).status).toBe(200);
  });

  it('refuses a token from another issuer, for another audience, expired, without exp or too long-lived: 401', async () => {
    const other = await startOidcProvider({ accounts: ACCOUNTS, clientId: 'samsyn-web' });
    try {
      const foreign = await other.signIn('ada');
      const res = await http().get('/catalogue').set('Authorization', `Bearer ${foreign.accessToken}`);
      expect([res.status, res.body.code]).toEqual([401, 'UNAUTHENTICATED']);
      // Same claims, the other provider's issuer name but signed by ours: the issuer check alone refuses it.
      const now = Math.floor(Date.now() / 1000);
      const base = { sub: 'ada', roles: ['Samsyn.Admin'], aud: 'samsyn-web', iss: op.issuer, iat: now, exp: now + 300 };
      const cases: [string, Record<string, unknown>, string, RegExp][] = [
        ['issuer', { ...base, iss: other.issuer }, 'UNAUTHENTICATED', /another issuer/],
        ['audience', { ...base, aud: 'some-other-client' }, 'UNAUTHENTICATED', /another audience/],
        ['expired', { ...base, iat: now - 900, exp: now - 600 }, 'UNAUTHENTICATED', /expired/],
        ['not valid yet', { ...base, nbf: now + 600, exp: now + 900 }, 'UNAUTHENTICATED', /not valid yet/],
        ['signed with HS256 under the provider’s name', { ...base }, 'UNAUTHENTICATED', /not valid/],
        ['no exp', { ...base, exp: undefined }, 'TOKEN_EXPIRY_REQUIRED', /expiry/],
        ['30 days', { ...base, exp: now + 30 * 86_400 }, 'TOKEN_LIFETIME_TOO_LONG', /SAMSYN_MAX_TOKEN_LIFETIME/],
      ];
      for (const [what, claims, code, message] of cases) {
        const payload = JSON.parse(JSON.stringify(claims));
        // Algorithm confusion: an HMAC token "from the provider"; without SAMSYN_JWT_SECRET's key it cannot pass.
        const token = what.startsWith('signed with HS256') ? await new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('guessed-secret-guessed-secret-guessed')) : await op.mint(payload);
        const r = await http().get('/catalogue').set('Authorization', `Bearer ${token}`);
        expect([what, r.status, r.body.code]).toEqual([what, 401, code]);
        expect(r.body.message).toMatch(message);
      }
      // The control case: the same minting, nothing wrong, is accepted (so the refusals above are the claims' doing).
      expect((await http().post('/stakeholders').set('Authorization', `Bearer ${await op.mint(base)}`).send({ id: 'vaf2', name: 'V', kind: 'committee' })).status).toBe(201);
    } finally {
      await other.close();
    }
  });

  it('without SAMSYN_JWT_SECRET only the provider’s tokens count: Samsyn-signed ones are refused', async () => {
    const { verifier } = configuredVerifier(configFromEnv(envFor(op.issuer)));
    await expect(verifier.verify(t.ada.slice('Bearer '.length))).rejects.toMatchObject({ statusCode: 401 });
    await expect(verifier.verify((await op.signIn('ada')).accessToken)).resolves.toEqual({ id: 'ada', name: 'Ada Admin', roles: [{ role: 'admin' }] });
  });

  it('claim names from the mapping file: the id from oid, roles from realm_access.roles (Keycloak-style)', async () => {
    fs.writeFileSync(path.join(dir, 'kc.json'), JSON.stringify({ roles: { 'samsyn-auditor': [{ role: 'auditor' }] }, claims: { id: 'oid', name: 'preferred_username', roles: ['realm_access.roles'] } }));
    const { verifier } = configuredVerifier(configFromEnv(envFor(op.issuer, { SAMSYN_ROLE_MAPPING: path.join(dir, 'kc.json') })));
    await expect(verifier.verify((await op.signIn('kc')).accessToken)).resolves.toEqual({ id: 'b1e0c4d2-oid', name: 'karin@uppsala.se', roles: [{ role: 'auditor' }] });
  });

  it('a start against metadata that names another issuer is refused, naming it; an unreachable provider answers 503 while it is away', async () => {
    const wrong = configuredVerifier(configFromEnv(envFor(`${op.issuer}/`)));
    await expect(wrong.start(pino({ level: 'silent' }))).rejects.toThrow(`names the issuer "${op.issuer}"`);

    const later = await startOidcProvider({ accounts: ACCOUNTS, clientId: 'samsyn-web' });
    const token = (await later.signIn('rita')).accessToken;
    const issuer = later.issuer;
    await later.close();
    const away = configuredVerifier(configFromEnv(envFor(issuer)));
    await away.start(pino({ level: 'silent' })); // warns, does not throw
    await expect(away.verifier.verify(token)).rejects.toMatchObject({ statusCode: 503, code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
    const api = await startE2eApp({}, undefined, away.verifier);
    try {
      const res = await api.http().get('/catalogue').set('Authorization', `Bearer ${token}`);
      expect([res.status, res.body.code]).toEqual([503, 'IDENTITY_PROVIDER_UNAVAILABLE']);
      expect(res.headers['www-authenticate']).toBeUndefined(); // not "invalid_token": the token may be fine
    } finally {
      await api.close();
    }
  });
});
