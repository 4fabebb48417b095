import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { ApiProblem } from '../../../lib/api-client';
import { useSession, useSignOutNotice } from '../../../lib/auth';
import { oidc } from '../../../lib/oidc';
import { useAuthConfig } from '../api/get-auth-config';
import { useDemoSignIn } from '../api/demo-sign-in';
import { useDemoPeople } from '../api/get-demo-people';
import { RoleList } from './RoleList';
import { SignInFrame } from './SignInFrame';

/** The organisation's identity provider when configured, and the demo people when the demo runs (both, if both). */
export const SignInPage = () => {
  const { t } = useTranslation('auth');
  const session = useSession();
  const notice = useSignOutNotice();
  const location = useLocation();
  const config = useAuthConfig();
  const people = useDemoPeople(config.data?.demo === true);
  const signIn = useDemoSignIn();
  const [redirecting, setRedirecting] = useState(false);
  const [oidcError, setOidcError] = useState<ApiProblem | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (session) return <Navigate to={from} replace />;

  const provider = config.data?.oidc;
  const signInWithProvider = () => {
    if (!provider) return;
    // PKCE hashes its verifier with WebCrypto, which browsers give only to https pages (and localhost).
    if (!window.isSecureContext) {
      setOidcError(new ApiProblem(0, 'OIDC_NEEDS_HTTPS', 'WebCrypto is available in secure contexts only'));
      return;
    }
    setRedirecting(true);
    oidc.signIn({ issuer: provider.issuer, clientId: provider.clientId, scope: provider.scope }, from).catch((e: Error) => {
      setRedirecting(false);
      setOidcError(new ApiProblem(0, 'OIDC_SIGN_IN_FAILED', e.message));
    });
  };

  return (
    <SignInFrame>
      <PageTitle>{t('title')}</PageTitle>
      {notice === 'expired' && (
        <p className="notice" role="status" data-testid="sign-out-notice">
          {t('expired')}
        </p>
      )}
      <ErrorMessage error={config.error ?? people.error ?? signIn.error ?? oidcError} />
      {oidcError?.code === 'OIDC_SIGN_IN_FAILED' && <p className="muted">{t('providerSaid', { detail: oidcError.message })}</p>}
      {config.isPending && <p role="status">{t('common:loading')}</p>}
      {config.data && !config.data.demo && !provider && <p>{t('noMethod')}</p>}
      {provider && (
        <section aria-labelledby="oidc-heading">
          <h2 id="oidc-heading">{t('oidcHeading')}</h2>
          <p>{t('oidcIntro')}</p>
          <p>
            <button type="button" onClick={signInWithProvider} disabled={redirecting} data-testid="oidc-sign-in">
              {t('signInWith', { provider: provider.name })}
            </button>
          </p>
          {redirecting && <p role="status">{t('redirecting', { provider: provider.name })}</p>}
        </section>
      )}
      {config.data?.demo && (
        <section aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t('demoHeading')}</h2>
          <p>{t('demoIntro')}</p>
          <ul className="people">
            {(people.data ?? []).map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => signIn.mutate(p.id)} disabled={signIn.isPending} data-person={p.id}>
                  {t('signInAs', { name: p.name })}
                </button>{' '}
                <RoleList person={p} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </SignInFrame>
  );
};
