import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { AUDIT_PAGE, useAuditEvents, useVerifyChain, type AuditFilter } from '../api/get-audit';
import { StakeholderHistory } from './StakeholderHistory';

const EMPTY: AuditFilter = { stream: '', type: '', actor: '', from: '', to: '' };
const FIELDS = ['stream', 'type', 'actor'] as const;

/** For auditors: the event log paged and filtered, the hash chain verified, one organisation's history. */
export const AuditPage = () => {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState<AuditFilter>(EMPTY);
  const [filter, setFilter] = useState<AuditFilter>(EMPTY);
  const [pages, setPages] = useState<string[]>([]); // the `after` of each page visited, for "previous"
  const after = pages[pages.length - 1];
  const events = useAuditEvents(filter, after);
  const [run, setRun] = useState(0);
  const verify = useVerifyChain(run);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const toIso = (v: string) => (v ? new Date(v).toISOString() : '');
    setFilter({ ...draft, from: toIso(draft.from), to: toIso(draft.to) });
    setPages([]);
  };

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <section aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t('verifyHeading')}</h2>
        <p>{t('verifyIntro')}</p>
        <button type="button" onClick={() => setRun((n) => n + 1)} disabled={verify.isFetching}>
          {t('verify')}
        </button>
        <ErrorMessage error={verify.error} />
        {verify.data && (
          <p className={verify.data.ok ? 'notice' : 'error'} role="status" data-testid="verify-result">
            {verify.data.ok
              ? t('chainOk', { checked: formatNumber(verify.data.checked), head: verify.data.headPosition ?? '–', hash: verify.data.headHash?.slice(0, 16) ?? '–' })
              : t('chainBroken', { at: verify.data.brokenAt, checked: formatNumber(verify.data.checked) })}
          </p>
        )}
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">{t('logHeading')}</h2>
        <form className="filters" onSubmit={apply} aria-label={t('filters')}>
          {FIELDS.map((f) => (
            <div key={f}>
              <label htmlFor={`audit-${f}`}>{t(`fields.${f}`)}</label> <input id={`audit-${f}`} value={draft[f]} onChange={(e) => setDraft({ ...draft, [f]: e.target.value })} />
            </div>
          ))}
          <div>
            <label htmlFor="audit-from">{t('fields.from')}</label> <input id="audit-from" type="datetime-local" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          </div>
          <div>
            <label htmlFor="audit-to">{t('fields.to')}</label> <input id="audit-to" type="datetime-local" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
          </div>
          <div>
            <button type="submit">{t('apply')}</button>
          </div>
        </form>
        <QueryState query={events}>
          {(page) => (
            <>
              <table data-testid="audit-events">
                <caption>{t('caption', { first: page.events[0]?.position ?? '–', last: page.events[page.events.length - 1]?.position ?? '–' })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.position')}</th>
                    <th scope="col">{t('fields.at')}</th>
                    <th scope="col">{t('fields.stream')}</th>
                    <th scope="col">{t('fields.type')}</th>
                    <th scope="col">{t('fields.actor')}</th>
                    <th scope="col">{t('fields.hash')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.events.map((e) => (
                    <tr key={e.position}>
                      <th scope="row">{e.position}</th>
                      <td>{formatDateTime(e.metadata.occurredAt)}</td>
                      <td>{e.streamId}</td>
                      <td>{e.type}</td>
                      <td>{e.metadata.actor}</td>
                      <td>
                        <code>{e.hash.slice(0, 12)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {page.events.length === 0 && <p>{t('none')}</p>}
              <p>
                <button type="button" className="secondary" disabled={pages.length === 0} onClick={() => setPages(pages.slice(0, -1))}>
                  {t('previous')}
                </button>{' '}
                <button type="button" className="secondary" disabled={!page.nextAfter || page.events.length < AUDIT_PAGE} onClick={() => setPages([...pages, page.nextAfter!])}>
                  {t('next')}
                </button>
              </p>
            </>
          )}
        </QueryState>
      </section>
      <StakeholderHistory />
    </>
  );
};
