import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { ActivityState, ManagementPlan } from '../api/get-management';
import { useFollowUpPlan } from '../api/follow-up-plan';
import { parseSek, type FieldErrors } from '../model/plan-form';
import { ActivityStateSelect, FieldError, invalid, SendRow } from './FormParts';

/** An object manager follows up the decided plan: each activity's state and the budget spent so far. */
export const FollowUpForm = ({ plan }: { plan: ManagementPlan }) => {
  const { t } = useTranslation('management');
  const followUp = useFollowUpPlan(plan.object, plan.year);
  const current = plan.followUp?.revision === plan.revision ? plan.followUp : null;
  const [states, setStates] = useState<Record<string, ActivityState>>(() => Object.fromEntries(plan.content.activities.map((a) => [a.id, current?.activities[a.id] ?? a.state])));
  const [spent, setSpent] = useState(current ? String(current.budgetSpent) : '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const key = `${plan.object}-${plan.year}-follow-up`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const budgetSpent = parseSek(spent);
    const found: FieldErrors = budgetSpent === null ? { budgetSpent: spent.trim() === '' ? 'required' : 'wholeSek' } : {};
    setErrors(found);
    if (budgetSpent === null) return;
    followUp.mutate({ activities: plan.content.activities.map((a) => ({ id: a.id, state: states[a.id] })), budgetSpent, note: note.trim() === '' ? null : note.trim() });
  };
  const title = t('form.followUp', { year: plan.year });
  return (
    <details className="plan-form" data-form="plan-follow-up">
      <summary>{title}</summary>
      <form className="stacked" onSubmit={submit} noValidate aria-label={title}>
        {plan.content.activities.map((a) => (
          <label key={a.id}>
            {a.title}
            <ActivityStateSelect value={states[a.id]} onChange={(state) => setStates((x) => ({ ...x, [a.id]: state }))} data-activity-state={a.id} />
          </label>
        ))}
        <label htmlFor={`${key}-spent`}>{t('form.budgetSpent', { budget: formatNumber(plan.content.budget) })}</label>
        <input id={`${key}-spent`} inputMode="numeric" value={spent} onChange={(e) => setSpent(e.target.value)} {...invalid(errors, 'budgetSpent', `${key}-spent`)} />
        <FieldError id={`${key}-spent`} errors={errors} field="budgetSpent" />
        <label htmlFor={`${key}-note`}>{t('form.note')}</label>
        <textarea id={`${key}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        <SendRow label={t('form.sendFollowUp')} pending={followUp.isPending} error={followUp.error} />
        {followUp.isSuccess && (
          <p className="notice" role="status">
            {t('form.followedUp', { amount: formatNumber(followUp.data.followUp?.budgetSpent ?? 0) })}
          </p>
        )}
      </form>
    </details>
  );
};
