import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { StatusBadge } from '../../../components/StatusBadge';
import { useSession } from '../../../lib/auth';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { nameOf, useStakeholders } from '../../../lib/registers';
import { useMyWork } from '../api/get-my-work';

const Section = ({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) => (
  <section aria-labelledby={`${id}-heading`} data-testid={id}>
    <h2 id={`${id}-heading`}>
      {title} <span className="count">{formatNumber(count)}</span>
    </h2>
    {count === 0 ? <p className="muted">{empty}</p> : <ul>{children}</ul>}
  </section>
);

/** The start page after sign-in: what waits for me. */
export const MyWorkPage = () => {
  const { t } = useTranslation('my-work');
  const session = useSession();
  const work = useMyWork();
  const stakeholders = useStakeholders();
  const org = (id: string) => nameOf(stakeholders.data, id);

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro', { name: session?.name ?? '' })}</p>
      <ErrorMessage error={work.error} />
      {work.isPending && <p role="status">{t('common:loading')}</p>}
      {work.total !== undefined && (
        <>
          <Section id="to-review" title={t('toReview')} count={work.toReview!.length} empty={t('nothing')}>
            {work.toReview!.map(({ proposal: p, stakeholder }) => (
              <li key={`${p.id}-${stakeholder}`}>
                <Link to={`/proposals/${encodeURIComponent(p.id)}`}>{t('proposalOn', { id: p.id, process: p.processId })}</Link> — {p.rationale}{' '}
                <span className="muted">{t('forOrganisation', { organisation: org(stakeholder) })}</span>
              </li>
            ))}
          </Section>
          <Section id="to-decide" title={t('toDecide')} count={work.toDecide!.length} empty={t('nothing')}>
            {work.toDecide!.map(({ proposal: p, body }) => (
              <li key={p.id}>
                <Link to={`/proposals/${encodeURIComponent(p.id)}`}>{t('proposalOn', { id: p.id, process: p.processId })}</Link> — {p.rationale}{' '}
                <span className="muted">{t('heldBy', { body: body.name })}</span>
              </li>
            ))}
          </Section>
          <Section id="mine" title={t('mine')} count={work.mine!.length} empty={t('nothing')}>
            {work.mine!.map((p) => (
              <li key={p.id}>
                <Link to={`/proposals/${encodeURIComponent(p.id)}`}>{t('proposalOn', { id: p.id, process: p.processId })}</Link> <StatusBadge status={p.status} />{' '}
                <span className="muted">{formatDateTime(p.submittedAt)}</span>
              </li>
            ))}
          </Section>
          <Section id="adoptions" title={t('adoptions')} count={work.adoptions!.length} empty={t('nothing')}>
            {work.adoptions!.map((a) => (
              <li key={`${a.process.id}-${a.stakeholder}`}>
                <Link to={`/processes/${encodeURIComponent(a.process.id)}/adoption`}>
                  {a.process.id} {a.process.name}
                </Link>{' '}
                <StatusBadge status={a.status} /> <span className="muted">{t('forOrganisation', { organisation: org(a.stakeholder) })}</span>
              </li>
            ))}
          </Section>
        </>
      )}
    </>
  );
};
