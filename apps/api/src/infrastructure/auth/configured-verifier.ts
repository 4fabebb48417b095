import { decodeProtectedHeader } from 'jose';
import type { ApiConfig } from '../config/api-config';
import { ApiError, ApiErrorCodes } from '../errors/api-error';
import type { Logger } from '../logging/logger';
import { resolveJwtSecret, type LoadedSecret } from './jwt-secret';
import { OidcConfigurationError } from './oidc/oidc-discovery';
import { oidcVerifier, type OidcVerifier } from './oidc/oidc-verifier';
import { EMPTY_ROLE_MAPPING } from './role-mapping/role-mapping';
import { hs256Verifier, jwksVerifier, type TokenVerifier } from './token-verifier';

export interface ConfiguredVerifier {
  verifier: TokenVerifier;
  /** The HS256 secret, when Samsyn's own tokens are accepted (the demo tokens and `samsyn token` need it). */
  secret?: LoadedSecret;
  /** For the start banner. */
  describe: string;
  /** Discovers the OpenID provider: refuses to start on bad metadata, only warns when it cannot be reached. */
  start(logger: Logger): Promise<void>;
}

/** Samsyn's HS256 tokens to one verifier, everything else to the provider's: each pins its own algorithms. */
const byAlgorithm = (hs256: TokenVerifier, provider: TokenVerifier): TokenVerifier => ({
  verify(token) {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      return Promise.reject(new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, 'the token is not valid'));
    }
    return (alg === 'HS256' ? hs256 : provider).verify(token);
  },
});

/**
 * The verifier the settings ask for (docs/authentication.md):
 * - SAMSYN_OIDC_ISSUER: the provider's tokens, roles mapped; Samsyn's own HS256 tokens too only
 *   when SAMSYN_JWT_SECRET is set explicitly (no secret is generated then);
 * - SAMSYN_JWKS_URL: tokens signed with those keys (roles mapped when SAMSYN_ROLE_MAPPING is set);
 * - otherwise Samsyn's HS256 tokens, SAMSYN_JWT_SECRET or the data directory's generated secret.
 */
export const configuredVerifier = (config: Pick<ApiConfig, 'auth' | 'jwtSecret' | 'jwksUrl' | 'dataDir'>): ConfiguredVerifier => {
  const { auth } = config;
  const mapping = auth.roleMapping?.mapping;
  const providerLifetime = { ...auth.lifetime, clockToleranceSeconds: auth.providerClockToleranceSeconds };
  const noop = async () => undefined;

  if (auth.oidc) {
    const { issuer, audiences } = auth.oidc;
    let log: Logger | undefined;
    const provider: OidcVerifier = oidcVerifier({
      issuer,
      audiences,
      mapping: mapping ?? EMPTY_ROLE_MAPPING,
      lifetime: providerLifetime,
      onDiscoveryError: (err) => log?.warn({ err, issuer }, 'OpenID provider discovery failed; requests get 503 IDENTITY_PROVIDER_UNAVAILABLE'),
    });
    const secret = config.jwtSecret ? resolveJwtSecret(config.jwtSecret, config.dataDir) : undefined;
    const ownTokens = secret ? ' and Samsyn’s own tokens (SAMSYN_JWT_SECRET)' : '';
    return {
      verifier: secret ? byAlgorithm(hs256Verifier(secret.secret, { lifetime: auth.lifetime }), provider) : provider,
      secret,
      describe: `Tokens are verified against the OpenID provider ${issuer} (audience ${audiences.join(', ')})${ownTokens}; roles: ${auth.roleMapping ? auth.roleMapping.file : 'no SAMSYN_ROLE_MAPPING, only roles in Samsyn’s shape'}.`,
      async start(logger) {
        try {
          const m = await provider.discover();
          logger.info({ issuer, jwksUri: m.jwksUri }, 'OpenID provider discovered');
        } catch (e) {
          if (e instanceof OidcConfigurationError) throw e;
          logger.warn({ err: e, issuer }, 'the OpenID provider could not be reached; requests get 503 until it answers');
        } finally {
          log = logger; // from now on each failed discovery is logged as it happens
        }
      },
    };
  }
  if (config.jwksUrl) {
    return { verifier: jwksVerifier(config.jwksUrl, { lifetime: providerLifetime, mapping }), describe: `Tokens are verified against ${config.jwksUrl}.`, start: noop };
  }
  const secret = resolveJwtSecret(config.jwtSecret, config.dataDir);
  return {
    verifier: hs256Verifier(secret.secret, { lifetime: auth.lifetime }),
    secret,
    describe: 'Tokens are Samsyn’s own (HS256).',
    async start(logger) {
      if (secret.created) logger.info({ file: secret.file }, 'generated a JWT signing secret (mode 0600); `samsyn token` uses it too');
    },
  };
};
