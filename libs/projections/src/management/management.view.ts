import type { ManagementObjectRoles } from '@samsyn/domain/management-object/management-object.events';
import type { ActivityState, ManagementPlanContent } from '@samsyn/domain/management-plan/management-plan.events';
import type { PlanDecision, PlanStatus } from '@samsyn/domain/management-plan/management-plan.state';
import type { MinutesDecision } from '@samsyn/domain/minutes/minutes.events';

/** GET /management-objects(/:id): the object, its roles and the years it has plans for. */
export interface ManagementObjectView {
  id: string;
  name: string;
  systems: string[];
  processes: string[];
  body: string;
  roles: ManagementObjectRoles;
  /** Years with a plan, oldest first. */
  planYears: number[];
  registeredAt: string;
  updatedAt: string;
}

export interface PlanRevisionView {
  revision: number;
  content: ManagementPlanContent;
  draftedBy: string;
  draftedAt: string;
}

export interface PlanEscalationView {
  revision: number;
  from: string;
  to: string;
  reason: string;
  budget: number;
  budgetFrame: number;
  at: string;
}

/** GET /management-objects/:id/plans/:year: the current revision with its history and follow-up. */
export interface ManagementPlanView {
  object: string;
  year: number;
  revision: number;
  status: PlanStatus;
  /** The body that decides (or decided) the current revision. */
  heldBy: string;
  content: ManagementPlanContent;
  revisions: PlanRevisionView[];
  escalations: PlanEscalationView[];
  decisions: PlanDecision[];
  followUp: { revision: number; activities: Record<string, ActivityState>; budgetSpent: number; note: string | null; by: string; at: string } | null;
  updatedAt: string;
}

/** GET /bodies/:id/minutes(/:meeting): one meeting's minutes. */
export interface MinutesView {
  body: string;
  meeting: string;
  date: string;
  present: string[];
  decisions: MinutesDecision[];
  recordedBy: string;
  recordedAt: string;
}

/** Who sits where: enough of the bodies to find the objects in a body's area. */
export interface BodyNode {
  id: string;
  name: string;
  level: string;
  parent: string | null;
}
