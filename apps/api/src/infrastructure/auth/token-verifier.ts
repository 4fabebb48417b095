import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '@samsyn/domain/shared';
import { ApiError, ApiErrorCodes } from '../errors/api-error';
import { principalFromClaims } from './principal-claims';

export interface TokenVerifier {
  /** The principal of a valid token; ApiError 401 otherwise. */
  verify(token: string): Promise<Principal>;
}

const unauthenticated = (why: string): ApiError => new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, why);

interface Verified {
  principal: Principal;
  /** Epoch seconds, when the token has an expiry. */
  exp?: number;
}

const verifyWith = async (token: string, key: Uint8Array | JWTVerifyGetKey, algorithms: string[]): Promise<Verified> => {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key as Uint8Array, { algorithms }));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw unauthenticated(code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid');
  }
  return { principal: principalFromClaims(payload), exp: typeof payload.exp === 'number' ? payload.exp : undefined };
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

export const hs256Verifier = (secret: string, cache: VerifiedTokenCacheOptions = VERIFIED_TOKEN_CACHE): TokenVerifier => {
  const key = new TextEncoder().encode(secret);
  return cachingVerifier((token) => verifyWith(token, key, ['HS256']), cache);
};

/** An identity provider's keys (RS256/ES256), fetched and cached by jose. */
export const jwksVerifier = (url: string, cache: VerifiedTokenCacheOptions = VERIFIED_TOKEN_CACHE): TokenVerifier => {
  const keys = createRemoteJWKSet(new URL(url));
  return cachingVerifier((token) => verifyWith(token, keys, ['RS256', 'ES256']), cache);
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
