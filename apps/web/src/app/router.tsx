import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, useLocation } from 'react-router-dom';
import { OidcCallbackPage } from '../features/auth/components/OidcCallbackPage';
import { SignInPage } from '../features/auth/components/SignInPage';
import { AuditPage } from '../features/audit/components/AuditPage';
import { AmendPage } from '../features/propose/components/AmendPage';
import { ProposePage } from '../features/propose/components/ProposePage';
import { RegistersPage } from '../features/registers/components/RegistersPage';
import { AdoptionPage } from '../features/adoption/components/AdoptionPage';
import { CataloguePage } from '../features/catalogue/components/CataloguePage';
import { MyWorkPage } from '../features/my-work/components/MyWorkPage';
import { ProposalPage } from '../features/proposal/components/ProposalPage';
import { WebhooksPage } from '../features/webhooks/components/WebhooksPage';
import { HandoversPage } from '../features/handovers/components/HandoversPage';
import { ManagementPage } from '../features/management/components/ManagementPage';
import { PageTitle } from '../components/PageTitle';
import { useSession } from '../lib/auth';
import { Shell } from './shell/Shell';

const RequireSession = ({ children }: { children: ReactNode }) => {
  const session = useSession();
  const location = useLocation();
  return session ? <>{children}</> : <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
};

const NotFound = () => {
  const { t } = useTranslation();
  return <PageTitle>{t('notFound')}</PageTitle>;
};

/** Pages live under /app/ (the API's paths have no prefix, so they never collide). */
export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage /> },
    // The identity provider sends the browser back here with the code (lib/oidc.ts CALLBACK_PATH).
    { path: '/auth/callback', element: <OidcCallbackPage /> },
    {
      element: (
        <RequireSession>
          <Shell />
        </RequireSession>
      ),
      children: [
        { index: true, element: <MyWorkPage /> },
        { path: 'catalogue', element: <CataloguePage /> },
        // bpmn-js and recharts are most of the bundle: their pages load them when first opened.
        { path: 'processes/:id', lazy: async () => ({ Component: (await import('../features/process/components/ProcessPage')).ProcessPage }) },
        { path: 'processes/:id/adoption', element: <AdoptionPage /> },
        { path: 'processes/:id/propose', element: <ProposePage /> },
        { path: 'proposals/:id', element: <ProposalPage /> },
        { path: 'proposals/:id/amend', element: <AmendPage /> },
        { path: 'registers', element: <RegistersPage /> },
        { path: 'reports', lazy: async () => ({ Component: (await import('../features/reports/components/ReportsPage')).ReportsPage }) },
        { path: 'audit', element: <AuditPage /> },
        { path: 'webhooks', element: <WebhooksPage /> },
        { path: 'handovers', element: <HandoversPage /> },
        { path: 'management', element: <ManagementPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/app' },
);
