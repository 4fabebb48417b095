import type { GovernanceBodyState, ManagementObjectState, ManagementPlanState, MinutesState } from '@samsyn/domain';

/** What writes answer: the stream's state after the write, without the fold's bookkeeping. */
export const objectResource = ({ exists: _e, ...o }: ManagementObjectState) => o;
export const planResource = ({ exists: _e, ...p }: ManagementPlanState) => p;
export const minutesResource = ({ exists: _e, ...m }: MinutesState) => m;
export const bodyResource = ({ exists: _e, ...b }: GovernanceBodyState) => ({ ...b, budgetFrame: b.budgetFrame ?? null });
