import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
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
});
