import { decodeJwt } from 'jose';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { startE2eApp, type E2eApp } from './support/e2e-app';

jest.setTimeout(60_000);

const withDemo = async (overrides: Parameters<typeof startE2eApp>[0] = {}): Promise<E2eApp> => {
  const e2e = await startE2eApp(overrides);
  await seedDemo(e2e.runtime.application);
  await e2e.runtime.runner.waitForPosition((await e2e.head())!, 30_000);
  return e2e;
};

describe('sign-in for the web application', () => {
  describe('on a server running the demo', () => {
    let e2e: E2eApp;
    beforeAll(async () => {
      e2e = await withDemo();
    });
    afterAll(() => e2e.close());

    it('GET /auth/config is public and says the demo is on and no identity provider is configured', async () => {
      const res = await e2e.http().get('/auth/config');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ demo: true, oidc: null });
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('connect-src');
    });

    it('GET /auth/demo-people lists every demo person with roles named from the registers and body memberships', async () => {
      const res = await e2e.http().get('/auth/demo-people');
      expect(res.status).toBe(200);
      const byId = Object.fromEntries((res.body as { id: string }[]).map((p) => [p.id, p]));
      expect(Object.keys(byId)).toEqual(expect.arrayContaining(['admin', 'anna', 'bjorn', 'cecilia', 'sara', 'erik', 'maria', 'revisor']));
      expect(byId.bjorn).toEqual({ id: 'bjorn', name: 'Björn Ek', roles: [{ role: 'reviewer', stakeholder: 'ksn', stakeholderName: 'Kommunstyrelsen' }], bodies: [] });
      expect(byId.sara).toMatchObject({ roles: [], bodies: [{ id: 'objekt-lokal', name: 'Objektstyrgrupp lokalförsörjning', level: 'object' }] });
      expect(byId.admin).toMatchObject({ roles: [{ role: 'admin' }, { role: 'auditor' }] });
    });

    it('POST /auth/demo-sign-in answers an 8-hour token for that person, which the API accepts', async () => {
      const res = await e2e.http().post('/auth/demo-sign-in').send({ person: 'anna' });
      expect(res.status).toBe(200);
      const claims = decodeJwt(res.body.token);
      expect(claims).toMatchObject({ sub: 'anna', name: 'Anna Lind', roles: [{ role: 'process-owner', stakeholder: 'ksn' }] });
      expect(claims.exp! - claims.iat!).toBe(8 * 3600);
      const read = await e2e.http().get('/catalogue').set('Authorization', `Bearer ${res.body.token}`);
      expect(read.status).toBe(200);
    });

    it('an unknown person is 404, a malformed body 400 with field errors; nothing is signed', async () => {
      const unknown = await e2e.http().post('/auth/demo-sign-in').send({ person: 'mallory' });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
      const bad = await e2e.http().post('/auth/demo-sign-in').send({ person: 42 });
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(bad.body.token).toBeUndefined();
    });
  });

  it('with SAMSYN_DEMO=0 the demo routes are 404 and the config says so', async () => {
    const e2e = await withDemo({ demo: false });
    try {
      expect((await e2e.http().get('/auth/config')).body).toEqual({ demo: false, oidc: null });
      expect((await e2e.http().get('/auth/demo-people')).status).toBe(404);
      expect((await e2e.http().post('/auth/demo-sign-in').send({ person: 'anna' })).status).toBe(404);
    } finally {
      await e2e.close();
    }
  });

  it('a store that does not hold the demo hands out no demo tokens, even with SAMSYN_DEMO=1', async () => {
    const e2e = await startE2eApp({ demo: true });
    try {
      expect((await e2e.http().get('/auth/config')).body.demo).toBe(false);
      expect((await e2e.http().get('/auth/demo-people')).status).toBe(404);
      expect((await e2e.http().post('/auth/demo-sign-in').send({ person: 'admin' })).status).toBe(404);
    } finally {
      await e2e.close();
    }
  });

  it('GET /auth/config names the OpenID Connect provider from SAMSYN_OIDC_ISSUER and SAMSYN_OIDC_CLIENT_ID, with the default scope and the issuer’s host as its name', async () => {
    const e2e = await startE2eApp({ oidcIssuer: 'https://idp.example.se/realms/uppsala', oidcClientId: 'samsyn-web' });
    try {
      const res = await e2e.http().get('/auth/config');
      expect(res.body).toEqual({ demo: false, oidc: { issuer: 'https://idp.example.se/realms/uppsala', clientId: 'samsyn-web', scope: 'openid profile', name: 'idp.example.se' } });
      // The web application's OpenID client fetches the provider's metadata and tokens from the page.
      expect(res.headers['content-security-policy']).toContain("connect-src 'self' https://idp.example.se");
    } finally {
      await e2e.close();
    }
  });

  it('SAMSYN_OIDC_SCOPE and SAMSYN_OIDC_NAME: the scope the web application asks for (openid always among them) and the name on the button', async () => {
    const e2e = await startE2eApp({ oidcIssuer: 'https://login.microsoftonline.com/tenant/v2.0', oidcClientId: 'c1', oidcScope: 'api://c1/access_as_user', oidcName: 'Uppsala kommun' });
    try {
      expect((await e2e.http().get('/auth/config')).body.oidc).toEqual({ issuer: 'https://login.microsoftonline.com/tenant/v2.0', clientId: 'c1', scope: 'openid api://c1/access_as_user', name: 'Uppsala kommun' });
    } finally {
      await e2e.close();
    }
  });
});
