import { ErrorCodes, refuse, refuseUnknownCommand, requiredText, type Decider, type Principal } from '../shared';
import { isObjectManager, type ManagementObjectState } from '../management-object/management-object.state';
import type {
  DecideManagementPlan,
  DraftManagementPlan,
  ManagementPlanCommand,
  RecordManagementPlanFollowUp,
  ReviseManagementPlan,
} from './management-plan.commands';
import type { ManagementPlanEvent } from './management-plan.events';
import { evolveManagementPlan } from './management-plan.evolve';
import type { ManagementPlanState } from './management-plan.state';
import { activityState, planContent, planYear, wholeSek } from './plan-content';

/** The object the plan is for, and the principal one of its object managers (PM3: they draft and follow up). */
const managedObject = (object: string, managementObject: ManagementObjectState | undefined, principal: Principal): ManagementObjectState => {
  if (!managementObject?.exists || managementObject.id !== object) return refuse(ErrorCodes.NOT_FOUND, `management object ${object} does not exist`);
  if (!isObjectManager(managementObject, principal.id)) refuse(ErrorCodes.NOT_ALLOWED, `only the object managers of ${object} may draft, revise and follow up its plan`);
  return managementObject;
};

/** A first draft, or a new draft of a revision not yet decided (or rejected) — the same revision number. */
const draft = ({ data, refs, context }: DraftManagementPlan, state: ManagementPlanState): ManagementPlanEvent[] => {
  const object = requiredText(data.object, 'object');
  const year = planYear(data.year);
  const content = planContent(data.content);
  const mo = managedObject(object, refs?.managementObject, context.principal);
  if (state.status === 'decided') refuse(ErrorCodes.INVALID_PLAN_STATE, `the ${year} plan of ${object} is decided: revise it instead`);
  return [{ type: 'ManagementPlanDrafted', data: { object, year, revision: state.exists ? state.revision : 1, content, body: mo.body, by: context.principal.id } }];
};

/** A decided plan revised: the next revision, a draft again before the object's body. */
const revise = ({ data, refs, context }: ReviseManagementPlan, state: ManagementPlanState): ManagementPlanEvent[] => {
  const object = requiredText(data.object, 'object');
  const year = planYear(data.year);
  const content = planContent(data.content);
  const mo = managedObject(object, refs?.managementObject, context.principal);
  if (state.status !== 'decided') refuse(ErrorCodes.INVALID_PLAN_STATE, `only a decided plan is revised; the ${year} plan of ${object} is ${state.status ?? 'not drafted'}`);
  return [{ type: 'ManagementPlanRevised', data: { object, year, revision: state.revision + 1, content, body: mo.body, by: context.principal.id } }];
};

/**
 * A member of the holding body approves or rejects with a motivation — within the body's budget
 * mandate. A budget beyond its frame is not its to decide either way: the plan goes to the parent,
 * as a proposal above a body's level does. The portfolio body's decision is final.
 */
const decidePlan = ({ data, refs, context }: DecideManagementPlan, state: ManagementPlanState): ManagementPlanEvent[] => {
  if (data.outcome !== 'approve' && data.outcome !== 'reject') refuse(ErrorCodes.INVALID_INPUT, 'outcome must be approve or reject', { field: 'outcome' });
  const motivation = requiredText(data.motivation, 'motivation');
  if (!state.exists || state.content === null) return refuse(ErrorCodes.NOT_FOUND, `no ${data.year} plan of ${data.object}`);
  if (state.status !== 'draft') refuse(ErrorCodes.INVALID_PLAN_STATE, `revision ${state.revision} is already ${state.status}`);
  if (data.revision !== state.revision) refuse(ErrorCodes.STALE_BASE_REVISION, `the plan is at revision ${state.revision}, not ${data.revision}`);
  const body = refs?.body;
  if (!body?.exists || body.id !== state.heldBy) return refuse(ErrorCodes.BODY_UNKNOWN, `governance body ${state.heldBy} does not exist`);
  const by = context.principal.id;
  if (!body.members.includes(by)) refuse(ErrorCodes.NOT_A_BODY_MEMBER, `${by} is not a member of ${body.id}`);
  const { object, year, revision } = state;
  const frame = body.budgetFrame ?? null;
  if (frame !== null && state.content.budget > frame && body.parent !== null) {
    return [
      {
        type: 'ManagementPlanEscalated',
        data: { object, year, revision, from: body.id, to: body.parent, reason: 'budget-beyond-frame', budget: state.content.budget, budgetFrame: frame, by },
      },
    ];
  }
  return [{ type: 'ManagementPlanDecided', data: { object, year, revision, body: body.id, outcome: data.outcome, motivation, decidedBy: by, decidedAt: context.now } }];
};

/** How the decided plan stands during the year: each named activity's state and the budget spent. */
const followUp = ({ data, refs, context }: RecordManagementPlanFollowUp, state: ManagementPlanState): ManagementPlanEvent[] => {
  const object = requiredText(data.object, 'object');
  const year = planYear(data.year);
  if (!Array.isArray(data.activities)) refuse(ErrorCodes.INVALID_INPUT, 'activities must be an array', { field: 'activities' });
  const activities = data.activities.map((a, i) => ({ id: requiredText(a?.id, `activities[${i}].id`), state: activityState(a?.state, `activities[${i}].state`) }));
  const budgetSpent = wholeSek(data.budgetSpent, 'budgetSpent');
  const note = data.note == null ? null : requiredText(data.note, 'note');
  managedObject(object, refs?.managementObject, context.principal);
  if (state.status !== 'decided' || state.content === null) return refuse(ErrorCodes.INVALID_PLAN_STATE, `only a decided plan is followed up; the ${year} plan of ${object} is ${state.status ?? 'not drafted'}`);
  const known = new Set(state.content.activities.map((a) => a.id));
  activities.forEach((a, i) => known.has(a.id) || refuse(ErrorCodes.INVALID_INPUT, `activity ${a.id} is not in the plan`, { field: `activities[${i}].id` }));
  return [{ type: 'ManagementPlanFollowedUp', data: { object, year, revision: state.revision, activities, budgetSpent, note, by: context.principal.id, on: context.now } }];
};

export const managementPlanDecider: Decider<ManagementPlanCommand, ManagementPlanEvent, ManagementPlanState> = {
  initialState: () => ({ exists: false, object: '', year: 0, revision: 0, status: null, content: null, heldBy: '', decisions: [], followUp: null }),

  decide(command, state) {
    switch (command.type) {
      case 'DraftManagementPlan':
        return draft(command, state);
      case 'ReviseManagementPlan':
        return revise(command, state);
      case 'DecideManagementPlan':
        return decidePlan(command, state);
      case 'RecordManagementPlanFollowUp':
        return followUp(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve: evolveManagementPlan,
};
