import type { DomainCommand } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { ManagementObjectState } from '../management-object/management-object.state';
import type { ActivityState, ManagementPlanContent } from './management-plan.events';

interface PlanKey {
  object: string;
  year: number;
}

/** `managementObject` is the object's current state, loaded by the application from its stream. */
export type DraftManagementPlan = DomainCommand<'DraftManagementPlan', PlanKey & { content: ManagementPlanContent }> & {
  refs: { managementObject: ManagementObjectState };
};
export type ReviseManagementPlan = DomainCommand<'ReviseManagementPlan', PlanKey & { content: ManagementPlanContent }> & {
  refs: { managementObject: ManagementObjectState };
};
/** `body` is the current state of the body that holds the plan (state.heldBy). */
export type DecideManagementPlan = DomainCommand<
  'DecideManagementPlan',
  PlanKey & { revision: number; outcome: 'approve' | 'reject'; motivation: string }
> & { refs: { body: GovernanceBodyState } };
export type RecordManagementPlanFollowUp = DomainCommand<
  'RecordManagementPlanFollowUp',
  PlanKey & { activities: { id: string; state: ActivityState }[]; budgetSpent: number; note?: string | null }
> & { refs: { managementObject: ManagementObjectState } };

export type ManagementPlanCommand = DraftManagementPlan | ReviseManagementPlan | DecideManagementPlan | RecordManagementPlanFollowUp;
