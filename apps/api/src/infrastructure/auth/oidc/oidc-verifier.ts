import { createRemoteJWKSet } from 'jose';
import { ApiError, ApiErrorCodes } from '../../errors/api-error';
import { principalFromProviderClaims } from '../role-mapping/provider-principal';
import type { RoleMapping } from '../role-mapping/role-mapping';
import type { TokenLifetimePolicy } from '../token-lifetime';
import { cachingVerifier, verifyJwt, type JwtCheck, type TokenVerifier, type VerifiedTokenCacheOptions } from '../token-verifier';
import { discoverOidcIssuer, PROVIDER_ALGORITHMS, type OidcMetadata } from './oidc-discovery';

export interface OidcVerifierOptions {
  issuer: string;
  /** The audiences a token must name one of (SAMSYN_OIDC_AUDIENCE, default the client id). */
  audiences: string[];
  mapping: RoleMapping;
  lifetime: TokenLifetimePolicy;
  cache?: VerifiedTokenCacheOptions;
  discover?: (issuer: string) => Promise<OidcMetadata>;
  /** After a failed discovery, requests are answered 503 at once for this long before it is tried again. */
  retryAfterMs?: number;
  nowMs?: () => number;
  /** Told of each failed discovery (the server logs it: a 503's reason must be findable). */
  onDiscoveryError?: (error: unknown) => void;
}

export interface OidcVerifier extends TokenVerifier {
  /** The issuer's metadata; fetched once, fetched again on the next call after a failure. */
  discover(): Promise<OidcMetadata>;
}

/**
 * Bearer tokens from an OpenID provider: the issuer's metadata gives the key set, jose checks the
 * signature (asymmetric algorithms only), issuer, audience, exp and nbf, Samsyn the lifetime bound,
 * and the role mapping turns the provider's claims into the principal. Discovery waits for the
 * first request if it failed at start, so a provider that was briefly away does not keep the API
 * down; until it answers, requests get 503 IDENTITY_PROVIDER_UNAVAILABLE.
 */
export const oidcVerifier = (options: OidcVerifierOptions): OidcVerifier => {
  const discover = options.discover ?? ((issuer: string) => discoverOidcIssuer(issuer));
  const retryAfterMs = options.retryAfterMs ?? 10_000;
  const nowMs = options.nowMs ?? (() => Date.now());
  let pending: Promise<JwtCheck> | undefined;
  let metadata: OidcMetadata | undefined;
  let failed: { atMs: number; error: unknown } | undefined;

  const checkFor = (): Promise<JwtCheck> => {
    // Not one discovery request per API request while the provider is away.
    if (!pending && failed && nowMs() - failed.atMs < retryAfterMs) return Promise.reject(failed.error);
    pending ??= discover(options.issuer).then(
      (m): JwtCheck => {
        metadata = m;
        return {
          key: createRemoteJWKSet(new URL(m.jwksUri), { timeoutDuration: 5_000 }),
          algorithms: PROVIDER_ALGORITHMS,
          issuer: m.tokenIssuers,
          audience: options.audiences,
          lifetime: options.lifetime,
          toPrincipal: (claims) => principalFromProviderClaims(claims, options.mapping),
          remoteKeys: true,
        };
      },
      (e: unknown) => {
        pending = undefined;
        failed = { atMs: nowMs(), error: e };
        options.onDiscoveryError?.(e);
        throw e;
      },
    );
    return pending;
  };

  const verifier = cachingVerifier(async (token) => {
    let check: JwtCheck;
    try {
      check = await checkFor();
    } catch {
      throw new ApiError(503, ApiErrorCodes.IDENTITY_PROVIDER_UNAVAILABLE, 'the identity provider could not be reached; try again shortly');
    }
    return verifyJwt(token, check);
  }, options.cache);

  return {
    verify: (token) => verifier.verify(token),
    async discover() {
      await checkFor();
      return metadata!;
    },
  };
};
