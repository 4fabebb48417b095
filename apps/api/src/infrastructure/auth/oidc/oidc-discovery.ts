/** What Samsyn needs from an issuer's OpenID Provider metadata (OpenID Connect Discovery 1.0). */
export interface OidcMetadata {
  issuer: string;
  jwksUri: string;
  /** The issuers a token may name: the metadata's `issuer`, and ADFS's `access_token_issuer`. */
  tokenIssuers: string[];
}

/**
 * Only asymmetric algorithms: a provider's public keys must never be usable as an HMAC secret, and
 * `none` never. Not narrowed to the metadata's id_token_signing_alg_values_supported: access tokens
 * may be signed otherwise, and jose matches each key's own type and `alg` anyway.
 */
export const PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** The issuer answered, but what it said cannot be used: a setting to fix, not a moment to wait out. */
export class OidcConfigurationError extends Error {
  override name = 'OidcConfigurationError';
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or plain http to this machine only (a provider started by a test or on a developer's machine). */
const secureEnough = (url: URL): boolean => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));

export const discoveryUrl = (issuer: string): string => `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;

/** Fetches and checks the metadata; a network failure or a non-200 rejects with a plain Error, bad metadata with OidcConfigurationError. */
export const discoverOidcIssuer = async (issuer: string, timeoutMs = 5_000): Promise<OidcMetadata> => {
  const url = discoveryUrl(issuer);
  if (!secureEnough(new URL(url))) throw new OidcConfigurationError(`SAMSYN_OIDC_ISSUER must be an https URL (plain http only to localhost), got "${issuer}"`);
  const res = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  let body: Record<string, unknown>;
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    throw new OidcConfigurationError(`${url} did not answer JSON`);
  }
  if (typeof body !== 'object' || body === null) throw new OidcConfigurationError(`${url} did not answer a JSON object`);
  // Discovery §4.3: the metadata's issuer must be exactly the one configured (a tenant name
  // instead of Entra ID's tenant id, or a missing "/v2.0", lands here).
  if (body.issuer !== issuer) {
    throw new OidcConfigurationError(`the metadata at ${url} names the issuer ${JSON.stringify(body.issuer)}, not "${issuer}": set SAMSYN_OIDC_ISSUER to exactly the issuer the metadata names`);
  }
  if (typeof body.jwks_uri !== 'string') throw new OidcConfigurationError(`the metadata at ${url} has no jwks_uri`);
  let jwks: URL;
  try {
    jwks = new URL(body.jwks_uri);
  } catch {
    throw new OidcConfigurationError(`the metadata at ${url} has an invalid jwks_uri ${JSON.stringify(body.jwks_uri)}`);
  }
  if (!secureEnough(jwks)) throw new OidcConfigurationError(`the metadata's jwks_uri must be https, got "${body.jwks_uri}"`);
  const tokenIssuers = [issuer];
  if (typeof body.access_token_issuer === 'string' && body.access_token_issuer !== issuer) tokenIssuers.push(body.access_token_issuer);
  return { issuer, jwksUri: jwks.href, tokenIssuers };
};
