import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { usePrincipals } from '../api/comments';
import { completeMention, mentionPrefix, suggestions } from '../model/mentions';

interface Props {
  label: string;
  submitLabel: string;
  initial?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
  testId: string;
}

/** A comment's text with an @mention autocomplete from the principals the API knows. */
export const CommentForm = ({ label, submitLabel, initial = '', pending, error, onSubmit, onCancel, testId }: Props) => {
  const { t } = useTranslation('comments');
  const id = useId();
  const principals = usePrincipals();
  const [text, setText] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const offered = suggestions((principals.data ?? []).map((p) => p.id), mentionPrefix(text));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setEmpty(text.trim() === '');
    if (text.trim() !== '') void onSubmit(text.trim()).then(() => setText(''), () => undefined);
  };

  return (
    <form className="stacked comment-form" onSubmit={submit} noValidate data-testid={testId}>
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea id={`${id}-text`} name="text" rows={3} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} aria-invalid={empty || undefined} />
      <p id={`${id}-hint`} className="muted">
        {t('mentionHint')}
      </p>
      {offered.length > 0 && (
        <p>
          {t('mentionOffer')}{' '}
          {offered.map((p) => (
            <button key={p} type="button" className="secondary" onClick={() => setText(completeMention(text, p))}>
              @{p}
            </button>
          ))}
        </p>
      )}
      {empty && (
        <p className="error" role="alert">
          {t('empty')}
        </p>
      )}
      <ErrorMessage error={error} />
      <p>
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>{' '}
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </p>
    </form>
  );
};
