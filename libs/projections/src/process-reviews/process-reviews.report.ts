import { reviewDueOn } from '@samsyn/domain/process-review/review-due';
import type { LastReview, ProcessReviewRow, ProcessReviewsState } from './process-reviews.projection';

export type ReviewStatus = 'overdue' | 'due' | 'scheduled';

/** One process with a review cycle, as of a day. */
export interface ProcessReviewView {
  processId: string;
  name: string;
  owner: string;
  intervalMonths: number;
  lastReview: LastReview;
  nextDue: string;
  status: ReviewStatus;
  /** Days past the due day (0 until then). */
  daysOverdue: number;
  noChangeReviews: ProcessReviewRow['noChangeReviews'];
}

/** GET /reports/reviews: every process with a cycle, then the due list and the overdue report. */
export interface ReviewsReport {
  /** The day the report is cut for. */
  on: string;
  dueWithinDays: number;
  processes: ProcessReviewView[];
  /** Falls due by `on` + dueWithinDays and is not overdue. */
  due: ProcessReviewView[];
  /** Its due day is before `on`. */
  overdue: ProcessReviewView[];
  /** Processes without a review cycle. */
  withoutCycle: string[];
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export const reviewView = (p: ProcessReviewRow, on: string, dueWithinDays: number): ProcessReviewView | null => {
  if (!p.cycle) return null;
  const nextDue = reviewDueOn(p.lastReview.at, p.cycle.intervalMonths);
  const late = days(nextDue, on);
  const status: ReviewStatus = late > 0 ? 'overdue' : -late <= dueWithinDays ? 'due' : 'scheduled';
  return {
    processId: p.processId,
    name: p.name,
    owner: p.cycle.owner,
    intervalMonths: p.cycle.intervalMonths,
    lastReview: p.lastReview,
    nextDue,
    status,
    daysOverdue: Math.max(0, late),
    noChangeReviews: p.noChangeReviews,
  };
};

/** The report as of the day `on` (YYYY-MM-DD), over the state as of the same moment. Ordered by due day, then id. */
export const reviewsReport = (state: ProcessReviewsState, on: string, dueWithinDays: number): ReviewsReport => {
  const rows = Object.values(state.processes).sort((a, b) => a.processId.localeCompare(b.processId));
  const processes = rows
    .map((p) => reviewView(p, on, dueWithinDays))
    .filter((v): v is ProcessReviewView => v !== null)
    .sort((a, b) => a.nextDue.localeCompare(b.nextDue) || a.processId.localeCompare(b.processId));
  return {
    on,
    dueWithinDays,
    processes,
    due: processes.filter((p) => p.status === 'due'),
    overdue: processes.filter((p) => p.status === 'overdue'),
    withoutCycle: rows.filter((p) => !p.cycle).map((p) => p.processId),
  };
};

/** Reviews that came due by `on` and whose owner was not yet told of that due day (the process manager's sweep). */
export const reviewsToNotify = (state: ProcessReviewsState, on: string): { processId: string; dueOn: string }[] =>
  Object.values(state.processes).flatMap((p) => {
    const v = reviewView(p, on, 0);
    return v && v.nextDue <= on && p.notifiedDueOn !== v.nextDue ? [{ processId: p.processId, dueOn: v.nextDue }] : [];
  });
