import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { hs256Verifier, jwksVerifier, signHs256Token } from './token-verifier';

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
});
