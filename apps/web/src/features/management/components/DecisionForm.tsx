import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, useBodies } from '../../../lib/registers';
import type { ManagementPlan } from '../api/get-management';
import { useDecidePlan } from '../api/decide-plan';
import { escalatedTo, type FieldErrors } from '../model/plan-form';
import { FieldError, invalid, SendRow } from './FormParts';

/**
 * A member of the body holding the plan approves or rejects its current revision with a motivation.
 * Beyond the body's budget frame the API sends the plan on to the parent body instead: the answer
 * says so (docs/management-objects.md "Escalate").
 */
export const DecisionForm = ({ plan, onDone }: { plan: ManagementPlan; onDone: (notice: string, outcome: string) => void }) => {
  const { t } = useTranslation('management');
  const bodies = useBodies();
  const decide = useDecidePlan(plan.object, plan.year);
  const [outcome, setOutcome] = useState<'approve' | 'reject'>('approve');
  const [motivation, setMotivation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const key = `${plan.object}-${plan.year}-decision`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = motivation.trim() === '' ? { motivation: 'required' } : {};
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const before = plan.heldBy;
    // The promise, not mutate's onSuccess: the form goes (or is keyed anew) as soon as the live
    // update shows the body no longer holding the plan, often before the answer arrives, and an
    // unmounted form's callbacks are dropped. The page keeps what the answer said; a refusal shows in `decide.error`.
    decide.mutateAsync({ revision: plan.revision, outcome, motivation: motivation.trim() }).then((after) => {
      const sentOn = escalatedTo({ heldBy: before }, after);
      if (sentOn) onDone(t('form.escalated', { from: nameOf(bodies.data, before), to: nameOf(bodies.data, sentOn) }), 'escalated');
      else onDone(t('form.decided', { status: t(`planStatuses.${after.status}`) }), after.status);
    }, () => undefined);
  };
  const title = t('form.decide', { year: plan.year, revision: plan.revision, body: nameOf(bodies.data, plan.heldBy) });
  return (
    <details className="plan-form" data-form="plan-decision">
      <summary>{title}</summary>
      <form className="stacked" onSubmit={submit} noValidate aria-label={title}>
        <fieldset>
          <legend>{t('form.outcome')}</legend>
          {(['approve', 'reject'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name={`${key}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`form.outcomes.${o}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${key}-motivation`}>{t('plan.motivation')}</label>
        <textarea
          id={`${key}-motivation`}
          rows={3}
          value={motivation}
          onChange={(e) => setMotivation(e.target.value)}
          {...invalid(errors, 'motivation', `${key}-motivation`)}
        />
        <FieldError id={`${key}-motivation`} errors={errors} field="motivation" />
        <SendRow label={t('form.sendDecision')} pending={decide.isPending} error={decide.error} />
      </form>
    </details>
  );
};
