import { useState } from 'react';
import { useSession } from '../../../lib/auth';
import { useBodies } from '../../../lib/registers';
import type { ManagementObject, ManagementPlan } from '../api/get-management';
import { useManagementPlan } from '../api/get-management';
import { isMemberOf, isObjectManager } from '../model/plan-form';
import { DecisionForm } from './DecisionForm';
import { FollowUpForm } from './FollowUpForm';
import { MinutesForm } from './MinutesForm';
import { PlanForm } from './PlanForm';

/** The writes on an object's plan and minutes, each offered only to those the domain lets make it
 * (docs/management-objects.md): object managers draft, revise and follow up; members of the holding
 * body decide; members of the object's body record minutes. Never while the page shows the past. */
const Forms = ({ o, year, plan }: { o: ManagementObject; year: number; plan: ManagementPlan | null }) => {
  const session = useSession();
  const bodies = useBodies();
  const me = session?.sub;
  const manager = isObjectManager(o, me);
  // A key per revision and status: a form starts again from the plan as it now is.
  const at = plan ? `${plan.revision}-${plan.status}-${plan.heldBy}` : 'none';
  const [notice, setNotice] = useState<{ text: string; outcome: string } | null>(null);
  return (
    <div data-plan-work={`${o.id}/${year}`}>
      {notice && (
        <p className="notice" role="status" data-outcome={notice.outcome}>
          {notice.text}
        </p>
      )}
      {manager && <PlanForm key={`plan-${at}`} object={o.id} year={year} plan={plan} onDone={(text) => setNotice({ text, outcome: 'saved' })} />}
      {plan?.status === 'draft' && isMemberOf(bodies.data, plan.heldBy, me) && <DecisionForm key={`decide-${at}`} plan={plan} onDone={(text, outcome) => setNotice({ text, outcome })} />}
      {plan?.status === 'decided' && manager && <FollowUpForm key={`follow-${at}`} plan={plan} />}
      {isMemberOf(bodies.data, o.body, me) && <MinutesForm body={o.body} plan={plan} />}
    </div>
  );
};

const WithPlan = ({ o, year }: { o: ManagementObject; year: number }) => {
  const plan = useManagementPlan(o.id, year);
  return plan.data ? <Forms o={o} year={year} plan={plan.data} /> : null;
};

/** The latest plan year's forms; a manager with no plan for this year drafts one. */
export const PlanWork = ({ o }: { o: ManagementObject }) => {
  const thisYear = new Date().getFullYear();
  const latest = o.planYears[o.planYears.length - 1];
  return latest === undefined ? <Forms o={o} year={thisYear} plan={null} /> : <WithPlan o={o} year={latest} />;
};
