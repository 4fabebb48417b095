import type { UserManager } from 'oidc-client-ts';
import { auth, OIDC_STORE_PREFIX, type ProviderRef, type Session } from './auth';

/**
 * OpenID Connect sign-in in the browser: the authorization code flow with PKCE (oidc-client-ts),
 * against the provider GET /auth/config names. oidc-client-ts is loaded only when someone signs in
 * this way, so the demo and the pages do not carry it. Everything it keeps — the PKCE verifier and
 * state while the browser is at the provider, then the user with its tokens — is in
 * sessionStorage (its state store's default would be localStorage).
 */
export const CALLBACK_PATH = '/app/auth/callback';
export const SIGNED_OUT_PATH = '/app/sign-in';

/** Where the person wanted to go before the provider's page; carried through the redirect as the flow's state. */
interface FlowState {
  returnTo?: string;
}

const managers = new Map<string, Promise<UserManager>>();

const managerFor = (provider: ProviderRef): Promise<UserManager> => {
  const key = `${provider.issuer} ${provider.clientId} ${provider.scope}`;
  let manager = managers.get(key);
  if (!manager) {
    manager = import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
      const store = new WebStorageStateStore({ store: window.sessionStorage, prefix: OIDC_STORE_PREFIX });
      return new UserManager({
        authority: provider.issuer,
        client_id: provider.clientId,
        scope: provider.scope,
        response_type: 'code',
        redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
        post_logout_redirect_uri: `${window.location.origin}${SIGNED_OUT_PATH}`,
        userStore: store,
        stateStore: store,
        // No hidden iframe renewing tokens behind the person's back: when the token runs out the
        // tab is signed out and says so (lib/auth), and signing in again is one click.
        automaticSilentRenew: false,
        monitorSession: false,
        loadUserInfo: false,
      });
    });
    managers.set(key, manager);
  }
  return manager;
};

export interface CompletedSignIn {
  accessToken: string;
  /** Epoch seconds. */
  expiresAt?: number;
  returnTo: string;
}

/** One callback URL is redeemed once, even if the page asks twice (a code is single-use). */
const completions = new Map<string, Promise<CompletedSignIn>>();

export const oidc = {
  /** Sends the browser to the provider's sign-in page. */
  async signIn(provider: ProviderRef, returnTo: string): Promise<void> {
    const manager = await managerFor(provider);
    await manager.signinRedirect({ state: { returnTo } satisfies FlowState });
  },

  /** On the callback page: checks the state, redeems the code with the PKCE verifier at the token endpoint. */
  completeSignIn(provider: ProviderRef, url: string): Promise<CompletedSignIn> {
    let done = completions.get(url);
    if (!done) {
      done = managerFor(provider)
        .then((m) => m.signinRedirectCallback(url))
        .then((user) => ({ accessToken: user.access_token, expiresAt: user.expires_at, returnTo: (user.state as FlowState | undefined)?.returnTo ?? '/' }));
      completions.set(url, done);
    }
    return done;
  },

  /**
   * Forgets the tokens and, when the provider offers it, ends the provider's session too (a shared
   * computer at a reception desk must not sign the next person in as the last one).
   */
  async signOut(provider: ProviderRef): Promise<void> {
    const manager = await managerFor(provider);
    const idToken = (await manager.getUser())?.id_token;
    auth.signOut(); // the tab forgets everything now, whatever the provider answers
    const endSession = await manager.metadataService.getEndSessionEndpoint().catch(() => undefined);
    if (endSession) await manager.signoutRedirect({ id_token_hint: idToken });
  },
};

/** The header's "Sign out"; a provider's session ends at the provider, and if that fails the tab is signed out all the same. */
export const signOut = (session: Session | null): void => {
  if (session?.method === 'oidc' && session.provider) void oidc.signOut(session.provider).catch(() => auth.signOut());
  else auth.signOut();
};
