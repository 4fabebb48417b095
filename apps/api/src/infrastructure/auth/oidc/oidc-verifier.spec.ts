import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { EMPTY_ROLE_MAPPING } from '../role-mapping/role-mapping';
import { discoverOidcIssuer, OidcConfigurationError, type OidcMetadata } from './oidc-discovery';
import { oidcVerifier } from './oidc-verifier';

/** A loopback server answering fixed JSON per path. */
const serve = async (routes: Record<string, (base: string) => unknown>) => {
  const server = http.createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (!route) return res.writeHead(404).end();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(route(base)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((r) => server.close(() => r())) };
};

describe('OpenID provider discovery', () => {
  it('reads jwks_uri and, for ADFS, the access_token_issuer as a second accepted issuer', async () => {
    const s = await serve({ '/adfs/.well-known/openid-configuration': (b) => ({ issuer: `${b}/adfs`, jwks_uri: `${b}/adfs/discovery/keys`, access_token_issuer: 'http://adfs.example.se/adfs/services/trust' }) });
    try {
      expect(await discoverOidcIssuer(`${s.base}/adfs`)).toEqual({ issuer: `${s.base}/adfs`, jwksUri: `${s.base}/adfs/discovery/keys`, tokenIssuers: [`${s.base}/adfs`, 'http://adfs.example.se/adfs/services/trust'] });
    } finally {
      await s.close();
    }
  });

  it.each([
    ['no jwks_uri', (b: string) => ({ issuer: b }), /has no jwks_uri/],
    ['a jwks_uri over plain http to another host', (b: string) => ({ issuer: b, jwks_uri: 'http://keys.example.se/jwks' }), /jwks_uri must be https/],
    ['another issuer', () => ({ issuer: 'https://login.example.se/tenant', jwks_uri: 'https://login.example.se/keys' }), /names the issuer "https:\/\/login.example.se\/tenant"/],
  ])('refuses metadata with %s as a configuration error', async (_, body, message) => {
    const s = await serve({ '/.well-known/openid-configuration': body });
    try {
      const failure = discoverOidcIssuer(s.base);
      await expect(failure).rejects.toThrow(OidcConfigurationError);
      await expect(failure).rejects.toThrow(message);
    } finally {
      await s.close();
    }
  });

  it('refuses a plain-http issuer that is not this machine without asking it', async () => {
    await expect(discoverOidcIssuer('http://idp.example.se/realms/x')).rejects.toThrow(/must be an https URL/);
  });
});

describe('OpenID verifier', () => {
  it('answers 503 while discovery fails, asks again only after the pause, then verifies', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES256', use: 'sig' };
    const keys = await serve({ '/keys': () => ({ keys: [jwk] }) });
    const issuer = 'https://idp.example.se';
    let up = false;
    let calls = 0;
    let now = 0;
    const reported: unknown[] = [];
    const discover = async (): Promise<OidcMetadata> => {
      calls++;
      if (!up) throw new Error('connect ECONNREFUSED');
      return { issuer, jwksUri: `${keys.base}/keys`, tokenIssuers: [issuer] };
    };
    const verifier = oidcVerifier({ issuer, audiences: ['samsyn'], mapping: EMPTY_ROLE_MAPPING, lifetime: { maxLifetimeSeconds: 3600, clockToleranceSeconds: 0 }, discover, retryAfterMs: 10_000, nowMs: () => now, onDiscoveryError: (e) => reported.push(e) });
    const token = await new SignJWT({ roles: [{ role: 'auditor' }] }).setProtectedHeader({ alg: 'ES256', kid: 'k' }).setIssuer(issuer).setAudience('samsyn').setSubject('rev').setIssuedAt().setExpirationTime('5m').sign(privateKey);
    try {
      await expect(verifier.verify(token)).rejects.toMatchObject({ statusCode: 503, code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
      up = true;
      now = 5_000;
      await expect(verifier.verify(token)).rejects.toMatchObject({ statusCode: 503 });
      expect(calls).toBe(1);
      expect(reported).toEqual([expect.objectContaining({ message: 'connect ECONNREFUSED' })]);
      now = 10_001;
      await expect(verifier.verify(token)).resolves.toEqual({ id: 'rev', roles: [{ role: 'auditor' }] });
      expect(calls).toBe(2);
      await verifier.discover();
      expect(calls).toBe(2);
    } finally {
      await keys.close();
    }
  });
});
