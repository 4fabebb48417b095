import { ApiProblem } from '../../../lib/api-client';
import { auth, type ProviderRef } from '../../../lib/auth';
import { oidc } from '../../../lib/oidc';
import { fetchMe } from './get-me';

/** The provider's refusal (access_denied, a state that does not match) as a problem the page can say. */
const problemOf = (e: unknown): ApiProblem => {
  if (e instanceof ApiProblem) return e;
  const r = e as { error?: string; error_description?: string; message?: string };
  const detail = [r.error, r.error_description ?? r.message].filter(Boolean).join(': ');
  return new ApiProblem(0, 'OIDC_SIGN_IN_FAILED', detail || 'the sign-in did not complete');
};

/**
 * The callback's work: the code for tokens (PKCE), the access token to GET /me for the roles the
 * API maps it to, then the session. Answers where the person was going.
 */
export const completeOidcSignIn = async (provider: ProviderRef, url: string): Promise<string> => {
  try {
    const done = await oidc.completeSignIn(provider, url);
    const me = await fetchMe(done.accessToken);
    auth.signIn({ token: done.accessToken, sub: me.id, name: me.name, roles: me.roles, exp: done.expiresAt, method: 'oidc', provider });
    return done.returnTo;
  } catch (e) {
    throw problemOf(e);
  }
};
