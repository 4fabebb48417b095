import { dict, toDict } from '@samsyn/domain/shared/dict';
import { MANAGEMENT_OBJECT_EVENT_TYPES } from '@samsyn/domain/management-object/management-object.events';
import { MANAGEMENT_PLAN_EVENT_TYPES } from '@samsyn/domain/management-plan/management-plan.events';
import { MINUTES_EVENT_TYPES } from '@samsyn/domain/minutes/minutes.events';
import type { Projection } from '../projection';
import type { BodyNode, ManagementObjectView, ManagementPlanView, MinutesView } from './management.view';
import { applyPlanEvent } from './plan-fold';

/** PM3's management: objects, their plans per year (`<object>/<year>`), minutes per body and meeting. */
export interface ManagementState {
  bodies: Record<string, BodyNode>;
  objects: Record<string, ManagementObjectView>;
  plans: Record<string, ManagementPlanView>;
  minutes: Record<string, Record<string, MinutesView>>;
}

export const planKey = (object: string, year: number): string => `${object}/${year}`;

export const managementProjection: Projection<ManagementState> = {
  name: 'management',
  version: 1,
  snapshotEvery: 2000,
  eventTypes: ['GovernanceBodyEstablished', ...MANAGEMENT_OBJECT_EVENT_TYPES, ...MANAGEMENT_PLAN_EVENT_TYPES, ...MINUTES_EVENT_TYPES],
  initialState: () => ({ bodies: dict(), objects: dict(), plans: dict(), minutes: dict() }),
  revive(s) {
    const minutes = toDict(s.minutes);
    for (const body of Object.keys(minutes)) minutes[body] = toDict(minutes[body]);
    const plans = toDict(s.plans);
    for (const key of Object.keys(plans)) if (plans[key].followUp) plans[key].followUp!.activities = toDict(plans[key].followUp!.activities);
    return { bodies: toDict(s.bodies), objects: toDict(s.objects), plans, minutes };
  },
  apply(s, e) {
    const at = e.metadata.occurredAt;
    switch (e.type) {
      case 'GovernanceBodyEstablished':
        s.bodies[e.data.id] = { id: e.data.id, name: e.data.name, level: e.data.level, parent: e.data.parent };
        break;
      case 'ManagementObjectRegistered': {
        const { id, name, systems, processes, body, roles } = e.data;
        s.objects[id] = { id, name, systems: [...systems], processes: [...processes], body, roles: { ...roles }, planYears: [], registeredAt: at, updatedAt: at };
        break;
      }
      case 'ManagementObjectScopeChanged': {
        const x = s.objects[e.data.id];
        if (x) Object.assign(x, { name: e.data.name, systems: [...e.data.systems], processes: [...e.data.processes], body: e.data.body, updatedAt: at });
        break;
      }
      case 'ManagementObjectRolesAssigned': {
        const x = s.objects[e.data.id];
        if (x) Object.assign(x, { roles: { ...e.data.roles }, updatedAt: at });
        break;
      }
      case 'ManagementPlanDrafted':
      case 'ManagementPlanRevised':
      case 'ManagementPlanEscalated':
      case 'ManagementPlanDecided':
      case 'ManagementPlanFollowedUp': {
        const key = planKey(e.data.object, e.data.year);
        const plan = applyPlanEvent(s.plans[key], e, at);
        if (!plan) break;
        s.plans[key] = plan;
        const x = s.objects[e.data.object];
        if (x && !x.planYears.includes(e.data.year)) x.planYears = [...x.planYears, e.data.year].sort((a, b) => a - b);
        break;
      }
      case 'MinutesRecorded': {
        const byBody = (s.minutes[e.data.body] ??= dict());
        byBody[e.data.meeting] = { ...e.data, present: [...e.data.present], decisions: e.data.decisions.map((d) => ({ ...d })), recordedAt: at };
        break;
      }
    }
    return s;
  },
};
