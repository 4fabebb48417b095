import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { processReviewsProjection } from './process-reviews.projection';
import { reviewsReport, reviewsToNotify, reviewView } from './process-reviews.report';

export const processReviewQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'reviewsReport' | 'processReview' | 'reviewsToNotify'> => ({
  async reviewsReport(on, dueWithinDays, asOf) {
    return reviewsReport(await read.state(processReviewsProjection, asOf), on, dueWithinDays);
  },
  async processReview(id, on, asOf) {
    const p = (await read.state(processReviewsProjection, asOf)).processes[id];
    if (!p) return null;
    return { processId: id, cycle: p.cycle, lastReview: p.lastReview, view: reviewView(p, on, 30) };
  },
  async reviewsToNotify(on) {
    return reviewsToNotify(await read.state(processReviewsProjection, undefined), on);
  },
});
