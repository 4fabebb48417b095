import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, useBodies } from '../../../lib/registers';
import type { ManagementPlan } from '../api/get-management';
import { useDraftPlan } from '../api/draft-plan';
import { useRevisePlan } from '../api/revise-plan';
import { checkPlan, fieldsOf, planWrite, type FieldErrors, type PlanFields } from '../model/plan-form';
import { ActivityStateSelect, FieldError, invalid, SendRow, TextCell } from './FormParts';

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
    // The promise, not mutate's onSuccess: a first draft remounts this form (the year now has a plan)
    // before the answer is told, and an unmounted form's callbacks are dropped. A refusal shows in `write.error`.
    if (checked.content) write.mutateAsync(checked.content).then((p) => onDone(t('form.saved', { year, revision: p.revision, body: bodyName(p.heldBy) })), () => undefined);
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
              <TextCell id={`${key}-a${i}-id`} label={t('form.activityId')} value={a.id} onChange={(v) => setActivity(i, { id: v })} errors={errors} field={`activities[${i}].id`} />
              <TextCell id={`${key}-a${i}-title`} label={t('form.activityTitle')} value={a.title} onChange={(v) => setActivity(i, { title: v })} errors={errors} field={`activities[${i}].title`} />
              <span className="cell">
                <label htmlFor={`${key}-a${i}-state`}>{t('plan.state')}</label>
                <ActivityStateSelect id={`${key}-a${i}-state`} value={a.state} onChange={(state) => setActivity(i, { state })} />
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
        <input id={`${key}-budget`} inputMode="numeric" value={fields.budget} onChange={(e) => set({ budget: e.target.value })} {...invalid(errors, 'budget', `${key}-budget`)} />
        <FieldError id={`${key}-budget`} errors={errors} field="budget" />
        <label htmlFor={`${key}-risks`}>{t('plan.risks')}</label>
        <textarea id={`${key}-risks`} rows={2} value={fields.risks} onChange={(e) => set({ risks: e.target.value })} aria-describedby={`${key}-goals-hint`} />
        <fieldset>
          <legend>{t('plan.forums')}</legend>
          {fields.forums.map((x, i) => (
            <div key={i} className="row">
              <TextCell id={`${key}-f${i}-name`} label={t('form.forumName')} value={x.name} onChange={(v) => setForum(i, { name: v })} errors={errors} field={`forums[${i}].name`} />
              <TextCell id={`${key}-f${i}-cadence`} label={t('form.cadence')} value={x.cadence} onChange={(v) => setForum(i, { cadence: v })} errors={errors} field={`forums[${i}].cadence`} />
              <button type="button" className="secondary" onClick={() => set({ forums: fields.forums.filter((_, j) => j !== i) })}>
                {t('form.remove', { what: x.name || String(i + 1) })}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => set({ forums: [...fields.forums, { name: '', cadence: '' }] })}>
            {t('form.addForum')}
          </button>
        </fieldset>
        <SendRow label={mode === 'revise' ? t('form.sendRevision') : t('form.saveDraft')} pending={write.isPending} error={write.error} />
      </form>
    </details>
  );
};
