import type { DomainEvent } from '../shared';

export type ActivityState = 'planned' | 'ongoing' | 'done' | 'cancelled';
export const ACTIVITY_STATES: readonly ActivityState[] = ['planned', 'ongoing', 'done', 'cancelled'];

export interface PlanActivity {
  id: string;
  title: string;
  state: ActivityState;
}

export interface PlanForum {
  name: string;
  /** How often it meets, in words ("monthly", "varannan vecka"). */
  cadence: string;
}

/** What one revision of a management plan (förvaltningsplan) says. */
export interface ManagementPlanContent {
  goals: string[];
  activities: PlanActivity[];
  /** The budget frame of the year, whole SEK. */
  budget: number;
  risks: string[];
  forums: PlanForum[];
}

interface PlanKey {
  object: string;
  year: number;
}

export type ManagementPlanDrafted = DomainEvent<'ManagementPlanDrafted', PlanKey & { revision: number; content: ManagementPlanContent; body: string; by: string }>;
export type ManagementPlanRevised = DomainEvent<'ManagementPlanRevised', PlanKey & { revision: number; content: ManagementPlanContent; body: string; by: string }>;
/** The body asked could not decide this budget: the parent holds the plan now. */
export type ManagementPlanEscalated = DomainEvent<
  'ManagementPlanEscalated',
  PlanKey & { revision: number; from: string; to: string; reason: 'budget-beyond-frame'; budget: number; budgetFrame: number; by: string }
>;
export type ManagementPlanDecided = DomainEvent<
  'ManagementPlanDecided',
  PlanKey & { revision: number; body: string; outcome: 'approve' | 'reject'; motivation: string; decidedBy: string; decidedAt: string }
>;
export type ManagementPlanFollowedUp = DomainEvent<
  'ManagementPlanFollowedUp',
  PlanKey & { revision: number; activities: { id: string; state: ActivityState }[]; budgetSpent: number; note: string | null; by: string; on: string }
>;

export type ManagementPlanEvent = ManagementPlanDrafted | ManagementPlanRevised | ManagementPlanEscalated | ManagementPlanDecided | ManagementPlanFollowedUp;

export const MANAGEMENT_PLAN_EVENT_TYPES: readonly ManagementPlanEvent['type'][] = [
  'ManagementPlanDrafted',
  'ManagementPlanRevised',
  'ManagementPlanEscalated',
  'ManagementPlanDecided',
  'ManagementPlanFollowedUp',
];
