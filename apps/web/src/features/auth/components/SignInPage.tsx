import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { useSession } from '../../../lib/auth';
import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';
import { useAuthConfig } from '../api/get-auth-config';
import { useDemoSignIn } from '../api/demo-sign-in';
import { useDemoPeople } from '../api/get-demo-people';
import { RoleList } from './RoleList';

/** Demo mode: every demo person with their roles, one button each; otherwise the identity provider. */
export const SignInPage = () => {
  const { t } = useTranslation('auth');
  const session = useSession();
  const location = useLocation();
  const config = useAuthConfig();
  const people = useDemoPeople(config.data?.demo === true);
  const signIn = useDemoSignIn();

  if (session) return <Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />;

  return (
    <>
      <header className="app-header">
        <div className="brand">
          <span className="app-name">Samsyn</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="sign-in" tabIndex={-1}>
        <PageTitle>{t('title')}</PageTitle>
        <ErrorMessage error={config.error ?? people.error ?? signIn.error} />
        {config.isPending && <p role="status">{t('common:loading')}</p>}
        {config.data && !config.data.demo && !config.data.oidc && <p>{t('noMethod')}</p>}
        {config.data?.oidc && <p>{t('oidcPending')}</p>}
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
      </main>
    </>
  );
};
