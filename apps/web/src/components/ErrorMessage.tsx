import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../lib/api-client';
import { formFieldOf, ruleOfApiMessage } from '../lib/field-rules';

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

/**
 * The API's code as a sentence in the user's language, the field errors under it — each in the
 * same words the forms use for their own checks when the page knows the rule (lib/field-rules),
 * else as the API said it; role=alert so it is announced. `fieldLabels` names a form's fields.
 */
export const ErrorMessage = ({ error, fieldLabels = {} }: { error: unknown; fieldLabels?: Record<string, string> }) => {
  const { t, i18n } = useTranslation('errors');
  if (!error) return null;
  const code = error instanceof ApiProblem ? error.code : 'UNKNOWN';
  const sentence = i18n.exists(`errors:codes.${code}`) ? t(`codes.${code}`) : t('codes.UNKNOWN', { code });
  const fields = error instanceof ApiProblem ? fieldErrorsOf(error.details) : [];
  const labelOf = (field: string) => fieldLabels[formFieldOf(field)] ?? (i18n.exists(`errors:fields.${formFieldOf(field)}`) ? t(`fields.${formFieldOf(field)}`) : field);
  const say = (field: string, message: string) => {
    const rule = ruleOfApiMessage(field, message);
    return rule ? t(`rules.${rule.rule}`, { field: labelOf(field), max: rule.max }) : `${labelOf(field)}: ${message}`;
  };
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
              <li key={f.field} data-field={f.field}>
                {[...new Set(f.errors.map((m) => say(f.field, m)))].join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
