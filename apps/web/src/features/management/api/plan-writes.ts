import type { ActivityState, ManagementPlan } from './get-management';

/** The bodies the plan's writes send (docs/api.md, docs/management-objects.md). */
export type PlanContent = ManagementPlan['content'];
export interface DecisionInput {
  revision: number;
  outcome: 'approve' | 'reject';
  motivation: string;
}
export interface FollowUpInput {
  activities: { id: string; state: ActivityState }[];
  budgetSpent: number;
  note?: string | null;
}
export interface MinutesInput {
  meeting: string;
  date: string;
  present: string[];
  decisions: { kind: 'proposal' | 'plan'; ref: string }[];
}

export const planPath = (object: string, year: number): string => `/management-objects/${encodeURIComponent(object)}/plans/${year}`;
