import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import type { FieldProblem } from '../../../../lib/field-rules';
import { useRegisterWrite } from '../../api/register-write';
import type { RegisterWrite, Values } from '../../model/register-writes';

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'select';
  options?: { value: string; label: string }[];
  hint?: string;
}

interface AdminFormProps {
  /** Prefix of the form's element ids and its test id. */
  id: string;
  title: string;
  write: RegisterWrite;
  /** The fields for the values as they are (a body's parent choices follow its level). */
  fields: (values: Values) => FieldSpec[];
  initial: Values;
  /** Values that follow a choice (a term's label and definition when the term is chosen). */
  follow?: (changed: string, values: Values) => Values;
  submitLabel: string;
  done: (values: Values) => string;
  /** After saving, keep what was entered (an edit of a chosen resource) instead of starting afresh. */
  keepAfterSave?: boolean;
}

/**
 * One admin write as a form: the API's field rules checked before sending (an error summary with
 * links to the fields, each field marked and described), then the API's own answer — its code as
 * a sentence and its field errors in the same words — or what was saved.
 */
export const AdminForm = ({ id, title, write, fields, initial, follow, submitLabel, done, keepAfterSave = false }: AdminFormProps) => {
  const { t } = useTranslation('errors');
  const mutation = useRegisterWrite();
  const [values, setValues] = useState<Values>(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  // A choice whose option went away (a term just deprecated) falls back to the first one offered, as the browser shows it.
  const shown = (specs: FieldSpec[], v: Values): Values =>
    Object.fromEntries(Object.entries(v).map(([k, x]) => {
      const options = specs.find((f) => f.name === k && f.kind === 'select')?.options;
      return [k, options && !options.some((o) => o.value === x) ? (options[0]?.value ?? '') : x];
    }));
  const specs = fields(values);
  const current = shown(specs, values);
  const labelOf = (field: string) => specs.find((f) => f.name === field)?.label ?? field;
  const sentence = (p: FieldProblem) => t(`rules.${p.rule}`, { field: labelOf(p.field), max: p.max });

  const change = (name: string, value: string) => {
    const next = { ...current, [name]: value };
    setValues(follow ? follow(name, next) : next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const found = write.validate(current);
    setProblems(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    mutation.mutate(write.request(current), {
      onSuccess: () => {
        setSaved(done(current));
        if (!keepAfterSave) setValues(initial);
      },
    });
  };

  return (
    <form className="stacked admin-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid={id}>
      <h4 id={`${id}-heading`}>{title}</h4>
      {problems.length > 0 && (
        <div className="error" role="alert" tabIndex={-1} ref={summary} data-testid={`${id}-problems`}>
          <p>{t('fieldErrors')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}-${p.rule}`}>
                <a href={`#${id}-${p.field}`}>{sentence(p)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {specs.map((f) => {
        const own = problems.filter((p) => p.field === f.name);
        const fieldId = `${id}-${f.name}`;
        const described = [f.hint ? `${fieldId}-hint` : '', own.length ? `${fieldId}-error` : ''].filter(Boolean).join(' ') || undefined;
        const common = { id: fieldId, name: f.name, value: current[f.name] ?? '', 'aria-invalid': own.length > 0 || undefined, 'aria-describedby': described };
        return (
          <div key={f.name} className="field">
            <label htmlFor={fieldId}>{f.label}</label>
            {f.hint && (
              <span id={`${fieldId}-hint`} className="muted hint">
                {f.hint}
              </span>
            )}
            {f.kind === 'select' ? (
              <select {...common} onChange={(e) => change(f.name, e.target.value)}>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.kind === 'textarea' ? (
              <textarea {...common} rows={3} cols={60} onChange={(e) => change(f.name, e.target.value)} />
            ) : (
              <input {...common} type="text" onChange={(e) => change(f.name, e.target.value)} />
            )}
            {own.length > 0 && (
              <span id={`${fieldId}-error`} className="field-error">
                {own.map(sentence).join(' ')}
              </span>
            )}
          </div>
        );
      })}
      <div>
        <button type="submit" disabled={mutation.isPending}>
          {submitLabel}
        </button>
      </div>
      <ErrorMessage error={mutation.error} fieldLabels={Object.fromEntries(specs.map((f) => [f.name, f.label]))} />
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
    </form>
  );
};
