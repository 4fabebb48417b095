import { useTranslation } from 'react-i18next';
import type { WebhookDraft } from '../model/webhook-form';

type Field = keyof WebhookDraft;

/** The register and edit forms' inputs, each with its label and hint; `prefix` keeps their ids apart. */
export const WebhookFields = <F extends Field>({ prefix, fields, draft, onChange }: { prefix: string; fields: readonly F[]; draft: Record<F, string>; onChange: (field: F, value: string) => void }) => {
  const { t } = useTranslation('webhooks');
  return (
    <>
      {fields.map((f) => (
        <label key={f} htmlFor={`${prefix}-${f}`}>
          {t(`register.fields.${f}`)}
          <input id={`${prefix}-${f}`} value={draft[f]} onChange={(e) => onChange(f, e.target.value)} aria-describedby={`${prefix}-${f}-hint`} />
          <span id={`${prefix}-${f}-hint`} className="muted">
            {t(`register.hints.${f}`)}
          </span>
        </label>
      ))}
    </>
  );
};

/** What the form's own check found missing, in words (before anything is sent). */
export const MissingFields = ({ missing }: { missing: string[] }) => {
  const { t } = useTranslation('webhooks');
  if (missing.length === 0) return null;
  return (
    <div className="error" role="alert">
      {missing.map((m) => (
        <p key={m}>{t(`register.missing.${m}`)}</p>
      ))}
    </div>
  );
};
