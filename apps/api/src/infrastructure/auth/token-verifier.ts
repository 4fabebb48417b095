import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '@samsyn/domain/shared';
import { ApiError, ApiErrorCodes } from '../errors/api-error';
import { principalFromClaims } from './principal-claims';
import { principalFromProviderClaims } from './role-mapping/provider-principal';
import type { RoleMapping } from './role-mapping/role-mapping';
import { checkTokenLifetime, DEFAULT_TOKEN_LIFETIME_POLICY, type TokenLifetimePolicy } from './token-lifetime';

export interface TokenVerifier {
  /** The principal of a valid token; ApiError 401 otherwise (503 when an identity provider's keys cannot be had). */
  verify(token: string): Promise<Principal>;
}

const unauthenticated = (why: string): ApiError => new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, why);

export interface Verified {
  principal: Principal;
  /** Epoch seconds, when the token has an expiry. */
  exp?: number;
}

/** What one kind of token is checked against. */
export interface JwtCheck {
  key: Uint8Array | JWTVerifyGetKey;
  algorithms: string[];
  issuer?: string | string[];
  audience?: string | string[];
  lifetime: TokenLifetimePolicy;
  toPrincipal: (claims: Record<string, unknown>) => Principal;
  /** The keys are fetched from an identity provider: failing to reach it is a 503, not the token's fault. */
  remoteKeys?: boolean;
  nowSeconds?: () => number;
}

// jose's codes for a token that is wrong (as opposed to keys we could not get).
const TOKEN_FAULTS = new Set([
  'ERR_JWT_EXPIRED',
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWT_INVALID',
  'ERR_JWS_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
]);

const refusal = (e: unknown, remoteKeys: boolean): ApiError => {
  const { code, claim } = e as { code?: string; claim?: string };
  if (code === 'ERR_JWT_EXPIRED') return unauthenticated('the token has expired');
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'iss') return unauthenticated('the token was issued by another issuer');
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'aud') return unauthenticated('the token is meant for another audience');
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'nbf') return unauthenticated('the token is not valid yet');
  if (remoteKeys && !(code && TOKEN_FAULTS.has(code))) {
    return new ApiError(503, ApiErrorCodes.IDENTITY_PROVIDER_UNAVAILABLE, 'the identity provider’s keys could not be fetched; try again shortly');
  }
  return unauthenticated('the token is not valid');
};

/** Signature, algorithm, issuer, audience, exp and nbf (jose), then the lifetime bound, then the claims. */
export const verifyJwt = async (token: string, check: JwtCheck): Promise<Verified> => {
  const nowSeconds = check.nowSeconds?.() ?? Math.floor(Date.now() / 1000);
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, check.key as Uint8Array, {
      algorithms: check.algorithms,
      issuer: check.issuer,
      audience: check.audience,
      clockTolerance: check.lifetime.clockToleranceSeconds,
      currentDate: new Date(nowSeconds * 1000),
    }));
  } catch (e) {
    throw refusal(e, check.remoteKeys ?? false);
  }
  checkTokenLifetime(payload, nowSeconds, check.lifetime);
  return { principal: check.toPrincipal(payload), exp: payload.exp as number };
};

export interface VerifiedTokenCacheOptions {
  maxEntries: number;
  /** How long a verification is trusted at most, whatever the token's expiry (key rotation). */
  maxAgeMs: number;
  nowMs: () => number;
}

const VERIFIED_TOKEN_CACHE: VerifiedTokenCacheOptions = { maxEntries: 1_000, maxAgeMs: 60_000, nowMs: () => Date.now() };

/**
 * Remembers tokens that verified, by their exact text, until they expire (at most maxAgeMs): a
 * signature check (WebCrypto, a thread-pool round trip) per request was a large share of a
 * read's cost. Failures are never remembered; every caller gets its own copy of the principal.
 */
export const cachingVerifier = (verify: (token: string) => Promise<Verified>, options: VerifiedTokenCacheOptions = VERIFIED_TOKEN_CACHE): TokenVerifier => {
  const known = new Map<string, { principal: Principal; untilMs: number }>();
  const copy = (p: Principal): Principal => ({ ...p, roles: p.roles.map((r) => ({ ...r })) });
  return {
    async verify(token) {
      const now = options.nowMs();
      const hit = known.get(token);
      if (hit && now < hit.untilMs) return copy(hit.principal);
      if (hit) known.delete(token);
      const verified = await verify(token);
      const untilMs = Math.min(now + options.maxAgeMs, verified.exp === undefined ? Infinity : verified.exp * 1000);
      if (known.size >= options.maxEntries) known.delete(known.keys().next().value!);
      known.set(token, { principal: copy(verified.principal), untilMs });
      return copy(verified.principal);
    },
  };
};

export interface VerifierOptions {
  cache?: VerifiedTokenCacheOptions;
  lifetime?: TokenLifetimePolicy;
}

/** Samsyn's own tokens (`samsyn token`, the demo): exactly docs/api.md's claims. */
export const hs256Verifier = (secret: string, options: VerifierOptions = {}): TokenVerifier => {
  const key = new TextEncoder().encode(secret);
  const check: JwtCheck = { key, algorithms: ['HS256'], lifetime: options.lifetime ?? DEFAULT_TOKEN_LIFETIME_POLICY, toPrincipal: principalFromClaims };
  return cachingVerifier((token) => verifyJwt(token, check), options.cache);
};

/** An identity provider's keys (RS256/ES256), fetched and cached by jose; its string roles mapped when a mapping is given. */
export const jwksVerifier = (url: string, options: VerifierOptions & { mapping?: RoleMapping } = {}): TokenVerifier => {
  const mapping = options.mapping;
  const check: JwtCheck = {
    key: createRemoteJWKSet(new URL(url)),
    algorithms: ['RS256', 'ES256'],
    lifetime: options.lifetime ?? DEFAULT_TOKEN_LIFETIME_POLICY,
    toPrincipal: mapping ? (claims) => principalFromProviderClaims(claims, mapping) : principalFromClaims,
    remoteKeys: true,
  };
  return cachingVerifier((token) => verifyJwt(token, check), options.cache);
};

export interface TokenClaims {
  sub: string;
  name?: string;
  roles: Principal['roles'];
}

export const signHs256Token = async (claims: TokenClaims, secret: string, expiresIn: string | number = '12h'): Promise<string> =>
  new SignJWT({ name: claims.name, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
