import type { Session } from '../../../lib/auth';
import { hasRole } from '../../../lib/auth';

/** The domain's bound (libs/domain/src/process-review MAX_REVIEW_INTERVAL_MONTHS), said before sending. */
export const MAX_INTERVAL_MONTHS = 120;

export type CycleProblem = 'intervalMonths' | 'owner';

/**
 * Who the domain lets set a process's review cycle (process-review.decider.ts setCycle): an admin,
 * the process's owner, or a process owner for the owning organisation. The page offers the form to
 * them only; the API decides again on every write.
 */
export const maySetReviewCycle = (session: Session | null, owner: { principal: string; stakeholder: string }): boolean =>
  !!session && (hasRole(session, 'admin') || session.sub === owner.principal || hasRole(session, 'process-owner', owner.stakeholder));

/** The body of PUT /processes/:id/review-cycle, or the fields that are wrong: a whole number of months from 1 to 120, an owner. */
export const reviewCycleOf = (draft: { intervalMonths: string; owner: string }): { body: { intervalMonths: number; owner: string } } | { problems: CycleProblem[] } => {
  const text = draft.intervalMonths.trim();
  const months = /^\d+$/.test(text) ? Number(text) : NaN;
  const problems: CycleProblem[] = [];
  if (!(months >= 1 && months <= MAX_INTERVAL_MONTHS)) problems.push('intervalMonths');
  if (draft.owner.trim() === '') problems.push('owner');
  return problems.length > 0 ? { problems } : { body: { intervalMonths: months, owner: draft.owner.trim() } };
};
