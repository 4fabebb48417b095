import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/format';
import { useAsOf } from '../../../lib/time-travel';
import type { WebhookSubscription } from '../api/list-webhooks';
import { useWebhooks } from '../api/list-webhooks';
import { usePauseResumeWebhook } from '../api/pause-resume-webhook';
import { describeFilter } from '../model/webhook-form';
import { RegisterWebhookForm } from './RegisterWebhookForm';
import { WebhookDeliveries } from './WebhookDeliveries';

const SYMBOL = { active: '✓', paused: '‖', removed: '–' } as const;

/** Why a subscription is paused, or where its deliveries stand, in words. */
const StateOf = ({ s }: { s: WebhookSubscription }) => {
  const { t } = useTranslation('webhooks');
  if (s.paused) {
    const why = s.paused.reason === 'failing' && s.paused.failure ? t('pausedFailing', { attempts: s.paused.failure.attempts, error: s.paused.failure.lastError }) : t('pausedByAdmin', { by: s.paused.pausedBy, note: s.paused.note ?? '–' });
    return <>{`${why} (${formatDateTime(s.paused.pausedAt)})`}</>;
  }
  if (s.delivery?.pending) return <>{t('retrying', { attempts: s.delivery.pending.attempts, error: s.delivery.pending.lastError ?? '–' })}</>;
  if (s.delivery?.lastDeliveredAt) return <>{t('lastDelivered', { at: formatDateTime(s.delivery.lastDeliveredAt) })}</>;
  return <>{s.delivery ? t('nothingYet') : '–'}</>;
};

/** For admins: the webhook subscriptions with their status, one's delivery log, pause and resume, and registration. */
export const WebhooksPage = () => {
  const { t } = useTranslation('webhooks');
  const webhooks = useWebhooks();
  const act = usePauseResumeWebhook();
  const past = useAsOf() !== null; // the past cannot be acted on, and the delivery log is of now
  const [shown, setShown] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <QueryState query={webhooks}>
        {(subs) => (
          <div className="table-scroll">
            <table data-testid="webhooks">
              <caption>{t('caption', { count: subs.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.id')}</th>
                  <th scope="col">{t('fields.url')}</th>
                  <th scope="col">{t('fields.filter')}</th>
                  <th scope="col">{t('fields.status')}</th>
                  <th scope="col">{t('fields.state')}</th>
                  {!past && <th scope="col">{t('fields.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {subs.map((s) => (
                  <tr key={s.id} data-webhook={s.id}>
                    <th scope="row">
                      {s.id}
                      {s.description && <div className="muted">{s.description}</div>}
                    </th>
                    <td>
                      <code>{s.url}</code>
                    </td>
                    <td>{describeFilter(s.filter)}</td>
                    <td>
                      <span className={`badge badge-webhook-${s.status}`}>
                        <span aria-hidden="true">{SYMBOL[s.status]} </span>
                        {t(`statuses.${s.status}`)}
                      </span>
                    </td>
                    <td>
                      <StateOf s={s} />
                    </td>
                    {!past && (
                      <td>
                        {s.status === 'active' && (
                          <button type="button" className="secondary" disabled={act.isPending} onClick={() => act.mutate({ id: s.id, action: 'pause' })}>
                            {t('pause', { id: s.id })}
                          </button>
                        )}
                        {s.status === 'paused' && (
                          <button type="button" className="secondary" disabled={act.isPending} onClick={() => act.mutate({ id: s.id, action: 'resume' })}>
                            {t('resume', { id: s.id })}
                          </button>
                        )}{' '}
                        <button type="button" className="secondary" aria-pressed={shown === s.id} onClick={() => setShown(shown === s.id ? null : s.id)}>
                          {t('showLog', { id: s.id })}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <ErrorMessage error={act.error} />
      {past ? <p className="notice">{t('pastNoLog')}</p> : shown && <WebhookDeliveries id={shown} />}
      {!past && <RegisterWebhookForm />}
    </>
  );
};
