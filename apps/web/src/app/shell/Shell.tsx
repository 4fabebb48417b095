import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { useCatalogue } from '../../features/catalogue/api/get-catalogue';
import { useMyTasks } from '../../features/my-work/api/get-my-tasks';
import { hasRole, useSession } from '../../lib/auth';
import { signOut } from '../../lib/oidc';
import { formatNumber } from '../../lib/format';
import { LanguageSwitch } from './LanguageSwitch';
import { TimeTravelBanner } from './TimeTravelBanner';
import { TimeTravelControl } from './TimeTravelControl';
import { useLiveUpdates } from './use-live-updates';

const Count = ({ n }: { n: number | undefined }) => {
  const { t } = useTranslation();
  return n === undefined ? null : (
    <span className="count" aria-label={t('countLabel', { count: n })}>
      {formatNumber(n)}
    </span>
  );
};

/** Header, navigation with counts, time travel, the page, and the live state; landmarks for each. */
export const Shell = () => {
  const { t } = useTranslation();
  const session = useSession();
  const live = useLiveUpdates();
  const catalogue = useCatalogue();
  const myTasks = useMyTasks();
  const items = [
    { to: '/', label: t('nav.myWork'), count: myTasks.data?.total, end: true },
    { to: '/catalogue', label: t('nav.catalogue'), count: catalogue.data?.length, end: false },
    { to: '/registers', label: t('nav.registers'), count: undefined, end: false },
    { to: '/reports', label: t('nav.reports'), count: undefined, end: false },
    { to: '/handovers', label: t('nav.handovers'), count: undefined, end: false },
    { to: '/management', label: t('nav.management'), count: undefined, end: false },
    // The audit log and the chain are the auditors' (the API answers 403 to anyone else).
    ...(hasRole(session, 'auditor') ? [{ to: '/audit', label: t('nav.audit'), count: undefined, end: false }] : []),
    ...(hasRole(session, 'admin') ? [{ to: '/webhooks', label: t('nav.webhooks'), count: undefined, end: false }] : []),
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="app-name">{t('appName')}</span> <span className="tagline">{t('tagline')}</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          {session && (
            <span className="who">
              {t('signedInAs', { name: session.name })}{' '}
              <button type="button" onClick={() => signOut(session)}>
                {t('signOut')}
              </button>
            </span>
          )}
        </div>
      </header>
      <nav className="main-nav" aria-label={t('mainNav')}>
        <ul>
          {items.map((i) => (
            <li key={i.to}>
              <NavLink to={i.to} end={i.end}>
                {i.label} <Count n={i.count} />
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <aside className="time-travel-bar" aria-label={t('timeTravel.legend')}>
        <TimeTravelControl />
      </aside>
      <TimeTravelBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          <span className={`live live-${live}`} data-testid="live-state">
            <span aria-hidden="true">{live === 'on' ? '● ' : '○ '}</span>
            {t(`live.${live}`)}
          </span>{' '}
          · {t('footer')}
        </p>
      </footer>
    </>
  );
};
