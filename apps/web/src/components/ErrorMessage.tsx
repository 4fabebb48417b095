import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../lib/api-client';

interface FieldError {
  field?: string;
  property?: string;
  errors?: string[];
  constraints?: Record<string, string>;
}

const fieldErrorsOf = (details: unknown): { field: string; errors: string[] }[] =>
  Array.isArray(details)
    ? (details as FieldError[]).map((d) => ({ field: d.field ?? d.property ?? '', errors: d.errors ?? Object.values(d.constraints ?? {}) })).filter((d) => d.field)
    : [];

/** The API's code as a sentence in the user's language, the field errors under it; role=alert so it is announced. */
export const ErrorMessage = ({ error }: { error: unknown }) => {
  const { t, i18n } = useTranslation('errors');
  if (!error) return null;
  const code = error instanceof ApiProblem ? error.code : 'UNKNOWN';
  const sentence = i18n.exists(`errors:codes.${code}`) ? t(`codes.${code}`) : t('codes.UNKNOWN', { code });
  const fields = error instanceof ApiProblem ? fieldErrorsOf(error.details) : [];
  return (
    <div className="error" role="alert" data-code={code}>
      <p>
        <strong>{t('title')}:</strong> {sentence}
      </p>
      {fields.length > 0 && (
        <>
          <p>{t('fieldErrors')}</p>
          <ul>
            {fields.map((f) => (
              <li key={f.field}>
                <code>{f.field}</code>: {f.errors.join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
