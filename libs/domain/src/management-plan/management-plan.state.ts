import type { ActivityState, ManagementPlanContent } from './management-plan.events';

export type PlanStatus = 'draft' | 'decided' | 'rejected';

export interface PlanDecision {
  revision: number;
  body: string;
  outcome: 'approve' | 'reject';
  motivation: string;
  decidedBy: string;
  decidedAt: string;
}

export interface ManagementPlanState {
  exists: boolean;
  object: string;
  year: number;
  /** 1 for the first draft, +1 per revision of a decided plan. */
  revision: number;
  status: PlanStatus | null;
  content: ManagementPlanContent | null;
  /** The body that is to decide the current revision (the object's body, or a parent it went to). */
  heldBy: string;
  /** Every decision taken on the plan, oldest first (minutes cite them). */
  decisions: PlanDecision[];
  /** The latest follow-up of the decided plan in the year. */
  followUp: { revision: number; activities: Record<string, ActivityState>; budgetSpent: number; note: string | null; on: string } | null;
}
