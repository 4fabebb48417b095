import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '@samsyn/domain/shared';
import { ApiError, ApiErrorCodes } from '../errors/api-error';
import { principalFromClaims } from './principal-claims';

export interface TokenVerifier {
  /** The principal of a valid token; ApiError 401 otherwise. */
  verify(token: string): Promise<Principal>;
}

const unauthenticated = (why: string): ApiError => new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, why);

const verifyWith = async (token: string, key: Uint8Array | JWTVerifyGetKey, algorithms: string[]): Promise<Principal> => {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key as Uint8Array, { algorithms }));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw unauthenticated(code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid');
  }
  return principalFromClaims(payload);
};

export const hs256Verifier = (secret: string): TokenVerifier => {
  const key = new TextEncoder().encode(secret);
  return { verify: (token) => verifyWith(token, key, ['HS256']) };
};

/** An identity provider's keys (RS256/ES256), fetched and cached by jose. */
export const jwksVerifier = (url: string): TokenVerifier => {
  const keys = createRemoteJWKSet(new URL(url));
  return { verify: (token) => verifyWith(token, keys, ['RS256', 'ES256']) };
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
