import type { TokenClaims } from '../../infrastructure/auth/token-verifier';

/** Signs a demo person's token with the server's own secret; absent when tokens come from an identity provider. */
export type DemoTokenSigner = (claims: TokenClaims, expiresIn: string) => Promise<string>;
export const DEMO_TOKEN_SIGNER = Symbol('DemoTokenSigner');

/** How long a token from the demo sign-in page lasts: a working day. */
export const DEMO_SIGN_IN_TTL = '8h';
export const DEMO_SIGN_IN_TTL_MS = 8 * 3600_000;
