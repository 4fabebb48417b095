import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { ActivityState } from '../api/get-management';
import { ACTIVITY_STATES, type FieldErrors } from '../model/plan-form';

/** The pieces the management forms share: a field's own message, a labelled text cell, an activity's state, the send row. */

/** A field's own message under it, tied to it by aria-describedby (`${id}-error`). */
export const FieldError = ({ id, errors, field }: { id: string; errors: FieldErrors; field: string }) => {
  const { t } = useTranslation('management');
  return errors[field] ? (
    <span id={`${id}-error`} className="field-error">
      {t(`form.errors.${errors[field]}`)}
    </span>
  ) : null;
};

/** What marks an input invalid and points at its message. */
export const invalid = (errors: FieldErrors, field: string, id: string) => (errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});

/** A text input with its label and its message, the label outside the message so the name stays the label. */
export const TextCell = ({ id, label, value, onChange, errors, field }: { id: string; label: string; value: string; onChange: (v: string) => void; errors: FieldErrors; field: string }) => (
  <span className="cell">
    <label htmlFor={id}>{label}</label>
    <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...invalid(errors, field, id)} />
    <FieldError id={id} errors={errors} field={field} />
  </span>
);

/** An activity's state in words. */
export const ActivityStateSelect = ({ id, value, onChange, ...rest }: { id?: string; value: ActivityState; onChange: (s: ActivityState) => void; 'data-activity-state'?: string }) => {
  const { t } = useTranslation('management');
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as ActivityState)} {...rest}>
      {ACTIVITY_STATES.map((s) => (
        <option key={s} value={s}>
          {t(`activityStates.${s}`)}
        </option>
      ))}
    </select>
  );
};

/** The send button, disabled while the write is on its way, and the API's refusal under it in words. */
export const SendRow = ({ label, pending, error }: { label: string; pending: boolean; error: unknown }) => (
  <>
    <p>
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </p>
    <ErrorMessage error={error} />
  </>
);
