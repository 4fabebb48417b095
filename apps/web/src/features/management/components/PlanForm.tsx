import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { nameOf, useBodies } from '../../../lib/registers';
import type { ManagementPlan } from '../api/get-management';
import { useDraftPlan } from '../api/draft-plan';
import { useRevisePlan } from '../api/revise-plan';
import { ACTIVITY_STATES, checkPlan, fieldsOf, planWrite, type FieldErrors, type PlanFields } from '../model/plan-form';

/** A field's own message under it, tied to it by aria-describedby. */
export const FieldError = ({ id, errors, field }: { id: string; errors: FieldErrors; field: string }) => {
  const { t } = useTranslation('management');
  return errors[field] ? (
    <span id={id} className="field-error">
      {t(`form.errors.${errors[field]}`)}
    </span>
  ) : null;
};

const invalid = (errors: FieldErrors, field: string, id: string) => (errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': id } : {});

/**
 * Draft (or draft again) the year's plan, or revise a decided one: goals, activities with their
 * state, the budget frame, risks, forums and cadence. For the object managers only (the caller
 * decides whether to show it); the page checks what the domain would, the API has the last word.
 * The answer is told through `onDone`: the form starts anew on the plan's next revision.
 */
export const PlanForm = ({ object, year, plan, onDone }: { object: string; year: number; plan: ManagementPlan | null; onDone: (notice: string) => void }) => {
  const { t } = useTranslation('management');
  const bodies = useBodies();
  const bodyName = (id: string) => nameOf(bodies.data, id);
  const mode = planWrite(plan);
  const draft = useDraftPlan(object, year);
  const revise = useRevisePlan(object, year);
  const write = mode === 'revise' ? revise : draft;
  const [fields, setFields] = useState<PlanFields>(() => fieldsOf(plan?.content ?? null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const key = `${object}-${year}`;
  const set = (patch: Partial<PlanFields>) => setFields((f) => ({ ...f, ...patch }));
  const setActivity = (i: number, patch: Partial<PlanFields['activities'][number]>) => set({ activities: fields.activities.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  const setForum = (i: number, patch: Partial<PlanFields['forums'][number]>) => set({ forums: fields.forums.map((x, j) => (j === i ? { ...x, ...patch } : x)) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkPlan(fields);
    setErrors(checked.errors);
    if (checked.content) write.mutate(checked.content, { onSuccess: (p) => onDone(t('form.saved', { year, revision: p.revision, body: bodyName(p.heldBy) })) });
  };
  const title = mode === 'revise' ? t('form.revise', { year }) : plan ? t('form.redraft', { year }) : t('form.draft', { year });

  return (
    <details className="plan-form" data-form={`plan-${mode}`}>
      <summary>{title}</summary>
      <form className="stacked" onSubmit={submit} noValidate aria-label={title}>
        <label htmlFor={`${key}-goals`}>{t('form.goals')}</label>
        <textarea id={`${key}-goals`} rows={3} value={fields.goals} onChange={(e) => set({ goals: e.target.value })} aria-describedby={`${key}-goals-hint`} />
        <span id={`${key}-goals-hint`} className="muted">
          {t('form.oneALine')}
        </span>
        <fieldset>
          <legend>{t('plan.activity')}</legend>
          {fields.activities.map((a, i) => (
            <div key={i} className="row" data-activity-row={i}>
              <span className="cell">
                <label htmlFor={`${key}-a${i}-id`}>{t('form.activityId')}</label>
                <input id={`${key}-a${i}-id`} value={a.id} onChange={(e) => setActivity(i, { id: e.target.value })} {...invalid(errors, `activities[${i}].id`, `${key}-a${i}-id-error`)} />
                <FieldError id={`${key}-a${i}-id-error`} errors={errors} field={`activities[${i}].id`} />
              </span>
              <span className="cell">
                <label htmlFor={`${key}-a${i}-title`}>{t('form.activityTitle')}</label>
                <input id={`${key}-a${i}-title`} value={a.title} onChange={(e) => setActivity(i, { title: e.target.value })} {...invalid(errors, `activities[${i}].title`, `${key}-a${i}-title-error`)} />
                <FieldError id={`${key}-a${i}-title-error`} errors={errors} field={`activities[${i}].title`} />
              </span>
              <span className="cell">
                <label htmlFor={`${key}-a${i}-state`}>{t('plan.state')}</label>
                <select id={`${key}-a${i}-state`} value={a.state} onChange={(e) => setActivity(i, { state: e.target.value as PlanFields['activities'][number]['state'] })}>
                  {ACTIVITY_STATES.map((s) => (
                    <option key={s} value={s}>
                      {t(`activityStates.${s}`)}
                    </option>
                  ))}
                </select>
              </span>
              <button type="button" className="secondary" onClick={() => set({ activities: fields.activities.filter((_, j) => j !== i) })}>
                {t('form.remove', { what: a.title || a.id || String(i + 1) })}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => set({ activities: [...fields.activities, { id: '', title: '', state: 'planned' }] })}>
            {t('form.addActivity')}
          </button>
        </fieldset>
        <label htmlFor={`${key}-budget`}>{t('form.budget')}</label>
        <input id={`${key}-budget`} inputMode="numeric" value={fields.budget} onChange={(e) => set({ budget: e.target.value })} {...invalid(errors, 'budget', `${key}-budget-error`)} />
        <FieldError id={`${key}-budget-error`} errors={errors} field="budget" />
        <label htmlFor={`${key}-risks`}>{t('plan.risks')}</label>
        <textarea id={`${key}-risks`} rows={2} value={fields.risks} onChange={(e) => set({ risks: e.target.value })} aria-describedby={`${key}-goals-hint`} />
        <fieldset>
          <legend>{t('plan.forums')}</legend>
          {fields.forums.map((x, i) => (
            <div key={i} className="row">
              <span className="cell">
                <label htmlFor={`${key}-f${i}-name`}>{t('form.forumName')}</label>
                <input id={`${key}-f${i}-name`} value={x.name} onChange={(e) => setForum(i, { name: e.target.value })} {...invalid(errors, `forums[${i}].name`, `${key}-f${i}-name-error`)} />
                <FieldError id={`${key}-f${i}-name-error`} errors={errors} field={`forums[${i}].name`} />
              </span>
              <span className="cell">
                <label htmlFor={`${key}-f${i}-cadence`}>{t('form.cadence')}</label>
                <input id={`${key}-f${i}-cadence`} value={x.cadence} onChange={(e) => setForum(i, { cadence: e.target.value })} {...invalid(errors, `forums[${i}].cadence`, `${key}-f${i}-cadence-error`)} />
                <FieldError id={`${key}-f${i}-cadence-error`} errors={errors} field={`forums[${i}].cadence`} />
              </span>
              <button type="button" className="secondary" onClick={() => set({ forums: fields.forums.filter((_, j) => j !== i) })}>
                {t('form.remove', { what: x.name || String(i + 1) })}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => set({ forums: [...fields.forums, { name: '', cadence: '' }] })}>
            {t('form.addForum')}
          </button>
        </fieldset>
        <p>
          <button type="submit" disabled={write.isPending}>
            {mode === 'revise' ? t('form.sendRevision') : t('form.saveDraft')}
          </button>
        </p>
        <ErrorMessage error={write.error} />
      </form>
    </details>
  );
};
