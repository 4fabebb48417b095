import { createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider (panva's certified `oidc-provider`) on 127.0.0.1, port 0, for the
 * sign-in tests of the API and, later, of the web application's browser tests. It has one public
 * client (PKCE required, no client secret), its own login form (devInteractions: any password),
 * and it issues JWT access tokens for the client id as audience (a resource indicator, as Entra ID
 * does for an application that exposes an API), carrying the account's groups and roles — also
 * when the client asks for no `resource` and only `openid profile` (a plain oidc-client-ts set-up).
 * Its token endpoint answers CORS requests from loopback origins, for a single-page application,
 * and its pages (login, consent, sign-out) are plain forms a real browser fills in.
 */
export interface TestAccount {
  /** Claims besides `sub`: name, groups, roles, oid, realm_access, … as the test wants them. */
  claims?: Record<string, unknown>;
}

export interface TestOidcProviderOptions {
  accounts: Record<string, TestAccount>;
  clientId?: string;
  /** Where the provider may send the code; default a loopback URL nobody listens on. */
  redirectUris?: string[];
  /**
   * `native` lets any port of a registered http://127.0.0.1/… redirect URI through (RFC 8252 §7.3):
   * for a browser test whose application's port is known only after the provider started.
   */
  applicationType?: 'web' | 'native';
  /** Where the provider may send the browser after RP-initiated logout (matched exactly, port included). */
  postLogoutRedirectUris?: string[];
  accessTokenTtlSeconds?: number;
}

export interface Tokens {
  accessToken: string;
  idToken: string;
  expiresIn: number;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  redirectUri: string;
  /** Authorization code flow with PKCE over plain HTTP, as a browser would drive it: login form, consent, code, token endpoint. */
  signIn(accountId: string, options?: { redirectUri?: string }): Promise<Tokens>;
  /** A token signed with the provider's own published key, with exactly these claims (for expiry and audience cases). */
  mint(claims: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

const RESOURCE = 'urn:samsyn:api';

/** The provider warns (console.warn) that devInteractions and its Node version are for development: true, and known. */
const quietly = <T>(make: () => T): T => {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING')) warn(...args);
  };
  try {
    return make();
  } finally {
    console.warn = warn;
  }
};
const b64url = (buf: Buffer): string => buf.toString('base64url');

export const startOidcProvider = async (options: TestOidcProviderOptions): Promise<TestOidcProvider> => {
  const clientId = options.clientId ?? 'samsyn-web';
  const redirectUris = options.redirectUris ?? ['http://127.0.0.1:9/callback'];
  const ttl = options.accessTokenTtlSeconds ?? 600;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingJwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };

  // Listen first: the issuer URL needs the port.
  let handler: http.RequestListener = (_, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const claimsOf = (id: string): Record<string, unknown> => ({ ...(options.accounts[id]?.claims ?? {}), sub: id });
  const provider = quietly(() => new Provider(issuer, {
    clients: [{ client_id: clientId, application_type: options.applicationType ?? 'web', token_endpoint_auth_method: 'none', redirect_uris: redirectUris, post_logout_redirect_uris: options.postLogoutRedirectUris ?? [], grant_types: ['authorization_code'], response_types: ['code'] }],
    // A single-page application calls the token endpoint from its own origin: allow loopback origins.
    clientBasedCORS: (_ctx: unknown, origin: string) => /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin),
    jwks: { keys: [signingJwk] },
    cookies: { keys: [b64url(randomBytes(32))] },
    pkce: { required: () => true, methods: ['S256'] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'oid'], groups: ['groups', 'roles', 'realm_access'] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx: unknown, id: string) => (options.accounts[id] ? { accountId: id, claims: async () => claimsOf(id) } : undefined),
    // What Entra ID and Keycloak do when configured to: the groups and roles in the access token too.
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) => {
      if (!token.accountId) return undefined;
      const { sub: _sub, ...rest } = claimsOf(token.accountId);
      return rest;
    },
    features: {
      devInteractions: { enabled: true },
      // The provider's own sign-out page (RP-initiated logout): the same two buttons as its default, without its notice.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign out</title></head><body><main><h1>Sign out of the test provider?</h1>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button> <button type="submit" form="op.logoutForm">No, stay signed in</button></main></body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'samsyn', audience: clientId, accessTokenFormat: 'jwt', accessTokenTTL: ttl }),
      },
    },
    ttl: { AccessToken: ttl, IdToken: ttl, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
  }));
  handler = provider.callback();
  const signingKey = await importJWK(signingJwk, 'RS256');

  const signIn = async (accountId: string, how: { redirectUri?: string } = {}): Promise<Tokens> => {
    const redirectUri = how.redirectUri ?? redirectUris[0];
    const jar = new Map<string, string>();
    const remember = (res: Response) => {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const i = pair.indexOf('=');
        const name = pair.slice(0, i).trim();
        if (/expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
        else jar.set(name, pair.slice(i + 1));
      }
    };
    const send = async (url: string, init: RequestInit = {}): Promise<Response> => {
      const headers = new Headers(init.headers);
      if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
      const res = await fetch(new URL(url, issuer), { ...init, headers, redirect: 'manual' });
      remember(res);
      return res;
    };

    const verifier = b64url(randomBytes(32));
    const state = b64url(randomBytes(16));
    const authorize = new URL('/auth', issuer);
    for (const [k, v] of Object.entries({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile groups samsyn',
      code_challenge: b64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
      state,
      nonce: b64url(randomBytes(16)),
      resource: RESOURCE,
    })) {
      authorize.searchParams.set(k, v);
    }

    // Follow redirects; answer each form the provider shows (login, then consent); stop at the client's redirect.
    let res = await send(authorize.href);
    let location: URL | undefined;
    for (let step = 0; step < 20 && !location; step++) {
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location')!, issuer);
        if (next.href.startsWith(redirectUri)) location = next;
        else res = await send(next.href);
        continue;
      }
      const html = await res.text();
      if (res.status !== 200) throw new Error(`the provider answered ${res.status}: ${html.slice(0, 300)}`);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`no form on the provider's page: ${html.slice(0, 300)}`);
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt });
      res = await send(action.replace(/&amp;/g, '&'), { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    }
    if (!location) throw new Error('the authorization flow did not reach the redirect URI');
    if (location.searchParams.get('error')) throw new Error(`authorization failed: ${location.searchParams.get('error')} ${location.searchParams.get('error_description')}`);
    if (location.searchParams.get('state') !== state) throw new Error('the state came back changed');

    const token = await fetch(new URL('/token', issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: location.searchParams.get('code')!, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier, resource: RESOURCE }),
    });
    const body = (await token.json()) as Record<string, unknown>;
    if (token.status !== 200) throw new Error(`token endpoint: ${token.status} ${JSON.stringify(body)}`);
    return { accessToken: body.access_token as string, idToken: body.id_token as string, expiresIn: body.expires_in as number };
  };

  return {
    issuer,
    clientId,
    redirectUri: redirectUris[0],
    signIn,
    mint: (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: signingJwk.kid, typ: 'at+jwt' }).sign(signingKey),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
