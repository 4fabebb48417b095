import type { ActivityState, ManagementObject, ManagementPlan } from '../api/get-management';
import type { PlanContent } from '../api/plan-writes';

export const ACTIVITY_STATES: readonly ActivityState[] = ['planned', 'ongoing', 'done', 'cancelled'];

/** The form's fields: goals and risks one a line, activities and forums as rows, amounts as typed. */
export interface PlanFields {
  goals: string;
  activities: { id: string; title: string; state: ActivityState }[];
  budget: string;
  risks: string;
  forums: { name: string; cadence: string }[];
}

/** A field the page says is wrong, as the translation key `form.errors.<rule>` (docs/management-objects.md). */
export type FieldRule = 'required' | 'wholeSek' | 'duplicate';
export type FieldErrors = Record<string, FieldRule>;

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** The form filled from a plan's content (a revision starts from the current one), or empty. */
export const fieldsOf = (content: PlanContent | null): PlanFields =>
  content
    ? {
        goals: content.goals.join('\n'),
        activities: content.activities.map((a) => ({ ...a })),
        budget: String(content.budget),
        risks: content.risks.join('\n'),
        forums: content.forums.map((f) => ({ ...f })),
      }
    : { goals: '', activities: [], budget: '', risks: '', forums: [] };

/** Whole SEK, 0 or more, as the domain's wholeSek: digits only (spaces a person types between thousands are allowed). */
export const parseSek = (text: string): number | null => {
  const compact = text.replace(/[\s\u00a0]/g, '');
  return /^\d{1,15}$/.test(compact) ? Number(compact) : null;
};

/** The page's own checks, the same the domain makes (plan-content.ts), before anything is sent. */
export const checkPlan = (f: PlanFields): { content: PlanContent | null; errors: FieldErrors } => {
  const errors: FieldErrors = {};
  const budget = parseSek(f.budget);
  if (budget === null) errors.budget = f.budget.trim() === '' ? 'required' : 'wholeSek';
  const seen = new Set<string>();
  f.activities.forEach((a, i) => {
    const id = a.id.trim();
    if (id === '') errors[`activities[${i}].id`] = 'required';
    else if (seen.has(id)) errors[`activities[${i}].id`] = 'duplicate';
    seen.add(id);
    if (a.title.trim() === '') errors[`activities[${i}].title`] = 'required';
  });
  f.forums.forEach((x, i) => {
    if (x.name.trim() === '') errors[`forums[${i}].name`] = 'required';
    if (x.cadence.trim() === '') errors[`forums[${i}].cadence`] = 'required';
  });
  if (Object.keys(errors).length > 0 || budget === null) return { content: null, errors };
  return {
    content: {
      goals: lines(f.goals),
      activities: f.activities.map((a) => ({ id: a.id.trim(), title: a.title.trim(), state: a.state })),
      budget,
      risks: lines(f.risks),
      forums: f.forums.map((x) => ({ name: x.name.trim(), cadence: x.cadence.trim() })),
    },
    errors,
  };
};

/** Who may do what (the API decides; the page offers only what it would allow). */
export const isObjectManager = (o: ManagementObject, principal: string | undefined): boolean =>
  principal !== undefined && (o.roles.businessManager === principal || o.roles.itManager === principal);

export const isMemberOf = (bodies: { id: string; members: string[] }[] | undefined, body: string, principal: string | undefined): boolean =>
  principal !== undefined && !!bodies?.find((b) => b.id === body)?.members.includes(principal);

/** Which write the object managers may make on the year's plan: draft (none yet, a draft or a rejected one) or revise (decided). */
export const planWrite = (plan: ManagementPlan | null): 'draft' | 'revise' => (plan?.status === 'decided' ? 'revise' : 'draft');

/** The plan years the page shows and works on: this year's and later ones (this year's is followed
 * up while next year's is drafted), or the latest when every plan is past. */
export const workYears = (planYears: number[], thisYear: number): number[] => {
  const current = planYears.filter((y) => y >= thisYear);
  return current.length > 0 ? current : planYears.slice(-1);
};

/** The year object managers may start a plan for: this year when it has none, else next year when it
 * has none. The domain takes any year 2000–2100 without a decided plan (plan-content.ts's planYear);
 * the page offers no further ahead than next year. */
export const yearToStart = (planYears: number[], thisYear: number): number | null =>
  [thisYear, thisYear + 1].find((y) => !planYears.includes(y) && y <= 2100) ?? null;

/** After a decision: the body the plan went on to when it was beyond the deciding body's frame, else null. */
export const escalatedTo = (before: Pick<ManagementPlan, 'heldBy'>, after: Pick<ManagementPlan, 'heldBy' | 'status'>): string | null =>
  after.status === 'draft' && after.heldBy !== before.heldBy ? after.heldBy : null;

/** The decisions this body took on the plan, as minutes name them (`<object>/<year>/<revision>`). */
export const planDecisionRefs = (plan: ManagementPlan | null, body: string): string[] =>
  plan ? [...new Set(plan.decisions.filter((d) => d.body === body).map((d) => `${plan.object}/${plan.year}/${d.revision}`))] : [];

/** Proposal ids as a person types them: separated by commas or spaces. */
export const proposalRefs = (text: string): string[] => [...new Set(text.split(/[\s,]+/).filter((x) => x !== ''))];
