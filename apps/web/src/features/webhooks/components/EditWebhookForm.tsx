import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { WebhookSubscription } from '../api/list-webhooks';
import { useUpdateWebhook } from '../api/change-webhook';
import { draftOf, updateOf } from '../model/webhook-form';
import { MissingFields, WebhookFields } from './WebhookFields';

const FIELDS = ['url', 'eventTypes', 'streamPrefixes', 'description'] as const;

/** Change a subscription's URL, filter or description (docs/webhooks.md: a new filter applies to events appended after it). */
export const EditWebhookForm = ({ subscription, onClose }: { subscription: WebhookSubscription; onClose: () => void }) => {
  const { t } = useTranslation('webhooks');
  const update = useUpdateWebhook();
  const [draft, setDraft] = useState(() => draftOf(subscription));
  const [missing, setMissing] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = updateOf(draft);
    if ('missing' in r) return setMissing(r.missing);
    setMissing([]);
    update.mutate({ id: subscription.id, body: r.body });
  };
  return (
    <section aria-labelledby="edit-webhook-heading" data-testid="edit-webhook">
      <h2 id="edit-webhook-heading">{t('editForm.heading', { id: subscription.id })}</h2>
      <p>{t('editForm.intro')}</p>
      <form className="stacked" onSubmit={submit} noValidate>
        <WebhookFields prefix="edit-webhook" fields={FIELDS} draft={draft} onChange={(f, value) => setDraft({ ...draft, [f]: value })} />
        <p>
          <button type="submit" disabled={update.isPending}>
            {t('editForm.submit')}
          </button>{' '}
          <button type="button" className="secondary" onClick={onClose}>
            {t('close')}
          </button>
        </p>
      </form>
      <MissingFields missing={missing} />
      <ErrorMessage error={update.error} />
      {update.isSuccess && (
        <p className="notice" role="status">
          {t('editForm.saved', { id: subscription.id })}
        </p>
      )}
    </section>
  );
};
