import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { ApiProblem } from '../../../lib/api-client';
import { completeOidcSignIn } from '../api/complete-oidc-sign-in';
import { useAuthConfig } from '../api/get-auth-config';
import { SignInFrame } from './SignInFrame';

/** Where the identity provider sends the browser back (/app/auth/callback?code=…&state=…). */
export const OidcCallbackPage = () => {
  const { t } = useTranslation('auth');
  const config = useAuthConfig();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const provider = config.data?.oidc;

  useEffect(() => {
    if (!config.data) return;
    if (!provider) {
      setProblem(new ApiProblem(0, 'OIDC_SIGN_IN_FAILED', 'this server has no identity provider configured'));
      return;
    }
    let current = true;
    completeOidcSignIn({ issuer: provider.issuer, clientId: provider.clientId, scope: provider.scope }, window.location.href).then(
      (returnTo) => {
        if (!current) return;
        queryClient.clear(); // nothing read as someone else stays on screen
        navigate(returnTo, { replace: true });
      },
      (e: ApiProblem) => current && setProblem(e),
    );
    return () => {
      current = false;
    };
  }, [config.data, provider, navigate, queryClient]);

  return (
    <SignInFrame>
      <PageTitle>{t('callbackTitle')}</PageTitle>
      <ErrorMessage error={config.error ?? problem} />
      {problem ? (
        <>
          {problem.code === 'OIDC_SIGN_IN_FAILED' && <p className="muted">{t('providerSaid', { detail: problem.message })}</p>}
          <p>
            <Link to="/sign-in">{t('backToSignIn')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('completing')}</p>
      )}
    </SignInFrame>
  );
};
