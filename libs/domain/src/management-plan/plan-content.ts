import { ErrorCodes, refuse, requiredText } from '../shared';
import { ACTIVITY_STATES, type ActivityState, type ManagementPlanContent, type PlanActivity, type PlanForum } from './management-plan.events';

const MAX_ITEMS = 200;

const list = (value: unknown, field: string): unknown[] => {
  if (!Array.isArray(value)) return refuse(ErrorCodes.INVALID_INPUT, `${field} must be an array`, { field });
  if (value.length > MAX_ITEMS) refuse(ErrorCodes.INVALID_INPUT, `${field} holds at most ${MAX_ITEMS} entries`, { field });
  return value;
};
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** Whole SEK, 0 or more (öre are not planned). */
export const wholeSek = (value: unknown, field: string): number => {
  if (!Number.isSafeInteger(value) || (value as number) < 0) refuse(ErrorCodes.INVALID_INPUT, `${field} must be a whole number of SEK, 0 or more`, { field });
  return value as number;
};

export const activityState = (value: unknown, field: string): ActivityState => {
  if (!ACTIVITY_STATES.includes(value as ActivityState)) refuse(ErrorCodes.INVALID_INPUT, `${field} must be one of ${ACTIVITY_STATES.join(', ')}`, { field });
  return value as ActivityState;
};

const activities = (value: unknown): PlanActivity[] => {
  const out = list(value, 'activities').map((a, i) => {
    const r = record(a);
    return { id: requiredText(r.id, `activities[${i}].id`), title: requiredText(r.title, `activities[${i}].title`), state: activityState(r.state ?? 'planned', `activities[${i}].state`) };
  });
  const seen = new Set<string>();
  out.forEach((a, i) => {
    if (seen.has(a.id)) refuse(ErrorCodes.INVALID_INPUT, `activity ${a.id} is named twice`, { field: `activities[${i}].id` });
    seen.add(a.id);
  });
  return out;
};

const forums = (value: unknown): PlanForum[] =>
  list(value, 'forums').map((f, i) => {
    const r = record(f);
    return { name: requiredText(r.name, `forums[${i}].name`), cadence: requiredText(r.cadence, `forums[${i}].cadence`) };
  });

/** A plan's content checked and trimmed: what a draft or a revision records. */
export const planContent = (value: unknown): ManagementPlanContent => {
  const c = record(value);
  return {
    goals: list(c.goals, 'goals').map((g, i) => requiredText(g, `goals[${i}]`)),
    activities: activities(c.activities),
    budget: wholeSek(c.budget, 'budget'),
    risks: list(c.risks ?? [], 'risks').map((r, i) => requiredText(r, `risks[${i}]`)),
    forums: forums(c.forums ?? []),
  };
};

/** A plan's year: the years a municipality plans for, not any integer. */
export const planYear = (value: unknown): number => {
  if (!Number.isInteger(value) || (value as number) < 2000 || (value as number) > 2100) refuse(ErrorCodes.INVALID_INPUT, 'year must be a year between 2000 and 2100', { field: 'year' });
  return value as number;
};
