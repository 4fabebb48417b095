import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useRegisterWebhook } from '../api/register-webhook';
import { registrationOf, type WebhookDraft } from '../model/webhook-form';
import { MissingFields, WebhookFields } from './WebhookFields';

const EMPTY: WebhookDraft = { id: '', url: '', eventTypes: '', streamPrefixes: '', description: '' };
const FIELDS = ['id', 'url', 'eventTypes', 'streamPrefixes', 'description'] as const;

/** Register a subscription; the secret the server made is shown once, to be copied to the receiver. */
export const RegisterWebhookForm = () => {
  const { t } = useTranslation('webhooks');
  const register = useRegisterWebhook();
  const [draft, setDraft] = useState<WebhookDraft>(EMPTY);
  const [missing, setMissing] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = registrationOf(draft);
    if ('missing' in r) return setMissing(r.missing);
    setMissing([]);
    register.mutate(r.body, { onSuccess: () => setDraft(EMPTY) });
  };
  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">{t('register.heading')}</h2>
      <p>{t('register.intro')}</p>
      <form className="stacked" onSubmit={submit} noValidate>
        <WebhookFields prefix="webhook" fields={FIELDS} draft={draft} onChange={(f, value) => setDraft({ ...draft, [f]: value })} />
        <button type="submit" disabled={register.isPending}>
          {t('register.submit')}
        </button>
      </form>
      <MissingFields missing={missing} />
      <ErrorMessage error={register.error} />
      {register.data && (
        <div className="notice" role="status" data-testid="webhook-secret">
          <p>{t('register.registered', { id: register.data.id })}</p>
          <p>
            {t('register.secret')} <code>{register.data.secret}</code>
          </p>
        </div>
      )}
    </section>
  );
};
