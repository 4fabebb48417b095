import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { parseRoleMapping } from './role-mapping/role-mapping';
import { cachingVerifier, hs256Verifier, jwksVerifier, signHs256Token } from './token-verifier';

describe('token verification', () => {
  it('HS256: the principal of a valid token; 401 ApiError otherwise', async () => {
    const secret = 'a-secret-a-secret-a-secret-a-secret-a-secret';
    const token = await signHs256Token({ sub: 'anna', name: 'Anna', roles: [{ role: 'reviewer', stakeholder: 'ksn' }] }, secret);
    await expect(hs256Verifier(secret).verify(token)).resolves.toEqual({ id: 'anna', name: 'Anna', roles: [{ role: 'reviewer', stakeholder: 'ksn' }] });
    await expect(hs256Verifier(secret + 'x').verify(token)).rejects.toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
  });

  it.each(['RS256', 'ES256'] as const)('JWKS: verifies %s tokens against the identity provider’s keys', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg, use: 'sig' };
    const server = http.createServer((_, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      const token = await new SignJWT({ roles: [{ role: 'auditor' }] }).setProtectedHeader({ alg, kid: 'k1' }).setSubject('rev').setExpirationTime('5m').sign(privateKey);
      await expect(jwksVerifier(url).verify(token)).resolves.toEqual({ id: 'rev', roles: [{ role: 'auditor' }] });
      // An HS256 token must not pass a JWKS verifier (algorithm confusion).
      const hs = await signHs256Token({ sub: 'x', roles: [] }, 'whatever-whatever-whatever-whatever');
      await expect(jwksVerifier(url).verify(hs)).rejects.toMatchObject({ statusCode: 401 });
    } finally {
      server.close();
    }
  });

  it('remembers a verified token until its expiry or the maximum age, never a failure', async () => {
    let now = 1_000_000;
    let calls = 0;
    const inner = async (token: string) => {
      calls++;
      if (token === 'bad') throw new Error('not valid');
      return { principal: { id: token, roles: [{ role: 'auditor' as const }] }, exp: token === 'short' ? 1_001 : undefined };
    };
    const verifier = cachingVerifier(inner, { maxEntries: 2, maxAgeMs: 60_000, nowMs: () => now });
    const first = await verifier.verify('anna');
    first.roles.push({ role: 'admin' });
    expect(await verifier.verify('anna')).toEqual({ id: 'anna', roles: [{ role: 'auditor' }] });
    expect(calls).toBe(1);
    await expect(verifier.verify('bad')).rejects.toThrow();
    await expect(verifier.verify('bad')).rejects.toThrow();
    expect(calls).toBe(3);
    await verifier.verify('short');
    now = 1_001_000; // the token's exp: jose would call it expired now
    await verifier.verify('short');
    expect(calls).toBe(5);
    now += 60_000;
    await verifier.verify('anna');
    expect(calls).toBe(6);
  });

  it('HS256 through the cache: a token signed with another secret still fails after a valid one was cached', async () => {
    const secret = 'a-secret-a-secret-a-secret-a-secret-a-secret';
    const verifier = hs256Verifier(secret);
    const good = await signHs256Token({ sub: 'anna', roles: [] }, secret);
    const forged = await signHs256Token({ sub: 'anna', roles: [] }, secret + 'x');
    await verifier.verify(good);
    await expect(verifier.verify(forged)).rejects.toMatchObject({ statusCode: 401 });
    await expect(verifier.verify(good + 'x')).rejects.toMatchObject({ statusCode: 401 });
  });

  describe('expiry is required and the lifetime bounded (issue 10 item 21)', () => {
    const secret = 'a-secret-a-secret-a-secret-a-secret-a-secret';
    const key = new TextEncoder().encode(secret);
    const hs = (payload: Record<string, unknown>) => new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setSubject('anna').sign(key);

    it('HS256: a token without exp is refused with TOKEN_EXPIRY_REQUIRED', async () => {
      const token = await new SignJWT({ roles: [{ role: 'admin' }] }).setProtectedHeader({ alg: 'HS256' }).setSubject('anna').setIssuedAt().sign(key);
      await expect(hs256Verifier(secret).verify(token)).rejects.toMatchObject({ statusCode: 401, code: 'TOKEN_EXPIRY_REQUIRED' });
    });

    it('HS256: a 30-day token is refused with TOKEN_LIFETIME_TOO_LONG, under a configured bound a 2 h one too', async () => {
      const now = Math.floor(Date.now() / 1000);
      await expect(hs256Verifier(secret).verify(await hs({ iat: now, exp: now + 30 * 86_400, roles: [] }))).rejects.toMatchObject({ statusCode: 401, code: 'TOKEN_LIFETIME_TOO_LONG' });
      await expect(hs256Verifier(secret).verify(await hs({ exp: now + 30 * 86_400, roles: [] }))).rejects.toMatchObject({ code: 'TOKEN_LIFETIME_TOO_LONG' });
      const twoHours = await hs({ iat: now, exp: now + 7200, roles: [] });
      await expect(hs256Verifier(secret).verify(twoHours)).resolves.toMatchObject({ id: 'anna' });
      await expect(hs256Verifier(secret, { lifetime: { maxLifetimeSeconds: 3600, clockToleranceSeconds: 0 } }).verify(twoHours)).rejects.toMatchObject({ code: 'TOKEN_LIFETIME_TOO_LONG' });
    });

    it('Samsyn’s own signer stays within the default bound', async () => {
      await expect(hs256Verifier(secret).verify(await signHs256Token({ sub: 'anna', roles: [] }, secret))).resolves.toMatchObject({ id: 'anna' });
    });
  });

  describe('JWKS', () => {
    const withKeys = async (run: (url: string, sign: (claims: Record<string, unknown>, exp?: string) => Promise<string>) => Promise<void>) => {
      const { publicKey, privateKey } = await generateKeyPair('RS256');
      const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      const server = http.createServer((_, res) => res.setHeader('Content-Type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
        await run(url, (claims, exp) => {
          const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('rev');
          return (exp ? jwt.setExpirationTime(exp) : jwt).sign(privateKey);
        });
      } finally {
        server.close();
      }
    };

    it('refuses a provider token without exp', async () => {
      await withKeys(async (url, sign) => {
        await expect(jwksVerifier(url).verify(await sign({ roles: [] }))).rejects.toMatchObject({ statusCode: 401, code: 'TOKEN_EXPIRY_REQUIRED' });
      });
    });

    it('maps the provider’s string roles when a role mapping is given (and refuses them without one)', async () => {
      const mapping = parseRoleMapping('{"roles": {"Samsyn.Auditor": [{"role": "auditor"}]}}', 'test');
      await withKeys(async (url, sign) => {
        const token = await sign({ roles: ['Samsyn.Auditor', 'Other.App'] }, '5m');
        await expect(jwksVerifier(url, { mapping }).verify(token)).resolves.toEqual({ id: 'rev', roles: [{ role: 'auditor' }] });
        await expect(jwksVerifier(url).verify(token)).rejects.toMatchObject({ statusCode: 401 });
      });
    });

    it('answers 503 IDENTITY_PROVIDER_UNAVAILABLE, not 401, when the keys cannot be fetched', async () => {
      const server = http.createServer((_, res) => res.writeHead(500).end());
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      server.close();
      const { privateKey } = await generateKeyPair('RS256');
      const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('x').setExpirationTime('5m').sign(privateKey);
      await expect(jwksVerifier(url).verify(token)).rejects.toMatchObject({ statusCode: 503, code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
      await expect(jwksVerifier(url).verify('not.a.jwt')).rejects.toMatchObject({ statusCode: 401 });
    });
  });
});
