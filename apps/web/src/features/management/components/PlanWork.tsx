import { useState } from 'react';
import { useSession } from '../../../lib/auth';
import { useBodies } from '../../../lib/registers';
import type { ManagementObject, ManagementPlan } from '../api/get-management';
import { useManagementPlan } from '../api/get-management';
import { isMemberOf, isObjectManager, workYears, yearToStart } from '../model/plan-form';
import { DecisionForm } from './DecisionForm';
import { FollowUpForm } from './FollowUpForm';
import { MinutesForm } from './MinutesForm';
import { PlanForm } from './PlanForm';

type Notice = { text: string; outcome: string } | null;

/** The writes on an object's plan and minutes, each offered only to those the domain lets make it
 * (docs/management-objects.md): object managers draft, revise and follow up; members of the holding
 * body decide; members of the object's body record minutes. Never while the page shows the past. */
const Forms = ({ o, year, plan, notice, setNotice }: { o: ManagementObject; year: number; plan: ManagementPlan | null; notice: Notice; setNotice: (n: Notice) => void }) => {
  const session = useSession();
  const bodies = useBodies();
  const me = session?.sub;
  const manager = isObjectManager(o, me);
  // A key per revision and status: a form starts again from the plan as it now is.
  const at = plan ? `${plan.revision}-${plan.status}-${plan.heldBy}` : 'none';
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
    </div>
  );
};

/** One year's forms. A year started here keeps its forms mounted while its first plan loads, so the
 * draft's answer is still told; a year with a plan shows nothing until the plan is read. */
const YearWork = ({ o, year }: { o: ManagementObject; year: number }) => {
  const [notice, setNotice] = useState<Notice>(null);
  const [started] = useState(() => !o.planYears.includes(year));
  const drafted = o.planYears.includes(year);
  const plan = useManagementPlan(o.id, year, { enabled: drafted });
  const current = drafted ? plan.data ?? null : null;
  if (drafted && !current && !started) return null;
  return <Forms o={o} year={year} plan={current} notice={notice} setNotice={setNotice} />;
};

/** The forms of this year's and later plans; object managers start this year's plan when none
 * exists, else next year's; members of the object's body record minutes (docs/management-objects.md). */
export const PlanWork = ({ o }: { o: ManagementObject }) => {
  const session = useSession();
  const bodies = useBodies();
  const thisYear = new Date().getFullYear();
  const start = isObjectManager(o, session?.sub) ? yearToStart(o.planYears, thisYear) : null;
  return (
    <>
      {[...workYears(o.planYears, thisYear), ...(start === null ? [] : [start])].map((year) => (
        <YearWork key={year} o={o} year={year} />
      ))}
      {isMemberOf(bodies.data, o.body, session?.sub) && <MinutesForm body={o.body} object={o.id} years={o.planYears} />}
    </>
  );
};
