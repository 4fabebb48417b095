import type { DomainCommand } from '../shared';

/** What the handler read of the process's own stream at decision time. */
export interface ReviewedProcess {
  exists: boolean;
  owner: { principal: string; stakeholder: string } | null;
}

export type SetReviewCycle = DomainCommand<'SetReviewCycle', { processId: string; intervalMonths: number; owner: string; process: ReviewedProcess }>;
export type NotifyReviewDue = DomainCommand<'NotifyReviewDue', { processId: string; dueOn: string }>;
export type RecordReviewedNoChange = DomainCommand<'RecordReviewedNoChange', { processId: string; comment: string }>;

export type ProcessReviewCommand = SetReviewCycle | NotifyReviewDue | RecordReviewedNoChange;
