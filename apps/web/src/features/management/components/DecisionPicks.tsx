import { useTranslation } from 'react-i18next';
import { useManagementPlan } from '../api/get-management';
import { planDecisionRefs } from '../model/plan-form';

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
