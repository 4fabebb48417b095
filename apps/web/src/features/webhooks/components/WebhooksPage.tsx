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
import { ConfirmWebhookAction } from './ConfirmWebhookAction';
import { EditWebhookForm } from './EditWebhookForm';
import { RegisterWebhookForm } from './RegisterWebhookForm';
import { WebhookActions, type WebhookPanel } from './WebhookActions';
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

/** The panel under the table for the subscription whose button was pressed. */
const Panel = ({ open, subscription, onClose }: { open: WebhookPanel; subscription: WebhookSubscription; onClose: () => void }) => {
  if (open.panel === 'log') return <WebhookDeliveries id={open.id} />;
  if (open.panel === 'edit') return <EditWebhookForm subscription={subscription} onClose={onClose} />;
  return <ConfirmWebhookAction id={open.id} action={open.panel} onClose={onClose} />;
};

/**
 * For admins: the webhook subscriptions with their status; for each, pause or resume, change (URL,
 * filter), a new secret, removal (both confirmed first) and its delivery log; and registration.
 */
export const WebhooksPage = () => {
  const { t } = useTranslation('webhooks');
  const webhooks = useWebhooks();
  const act = usePauseResumeWebhook();
  const past = useAsOf() !== null; // the past cannot be acted on, and the delivery log is of now
  const [open, setOpen] = useState<WebhookPanel | null>(null);
  const opened = open && webhooks.data?.find((s) => s.id === open.id);
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
                        <WebhookActions s={s} open={open} onOpen={setOpen} busy={act.isPending} onPauseResume={(action) => act.mutate({ id: s.id, action })} />
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
      {past ? <p className="notice">{t('pastNoLog')}</p> : open && opened && <Panel key={`${open.id}-${open.panel}`} open={open} subscription={opened} onClose={() => setOpen(null)} />}
      {!past && <RegisterWebhookForm />}
    </>
  );
};
