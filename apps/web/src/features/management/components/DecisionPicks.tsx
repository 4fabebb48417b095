import { useTranslation } from 'react-i18next';
import { shortId } from '../../../lib/proposal-names';
import { useProposals } from '../api/get-decided-proposals';
import { useManagementPlan } from '../api/get-management';
import { planDecisionRefs } from '../model/plan-form';
import { proposalPicks } from '../model/minutes-decisions';

interface Picks {
  body: string;
  ticked: string[];
  toggle: (ref: string) => void;
}

/** One plan year's decisions by the body, to tick (`<object>/<year>/<revision>`). */
export const PlanDecisionPicks = ({ object, year, body, ticked, toggle }: Picks & { object: string; year: number }) => {
  const { t } = useTranslation('management');
  const plan = useManagementPlan(object, year);
  return (
    <>
      {planDecisionRefs(plan.data ?? null, body).map((ref) => (
        <label key={ref}>
          <input type="checkbox" checked={ticked.includes(ref)} onChange={() => toggle(ref)} /> {t('form.planDecision', { ref })}
        </label>
      ))}
    </>
  );
};

/** The proposals the body approved or rejected, to tick; none ticked is fine (docs/management-objects.md). */
export const ProposalDecisionPicks = ({ body, ticked, toggle }: Picks) => {
  const { t } = useTranslation('management');
  const picks = proposalPicks(useProposals().data ?? [], body);
  if (picks.length === 0) return null;
  return (
    <fieldset data-proposal-picks>
      <legend>{t('form.proposalPicks')}</legend>
      {picks.map((p) => (
        <label key={p.ref}>
          <input type="checkbox" checked={ticked.includes(p.ref)} onChange={() => toggle(p.ref)} />{' '}
          {t('form.proposalPick', { id: shortId(p.ref), summary: p.summary, outcome: t(`outcomes.${p.outcome}`) })}
        </label>
      ))}
    </fieldset>
  );
};
