import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { CLOCK, READ_MODEL_QUERIES, type Clock } from '../../../../infrastructure/tokens';
import { reviewDay } from '../../../process-reviews/queries/review-day';

export class GetReviewsReportQuery extends Query<unknown> {
  constructor(
    readonly asOf: AsOf,
    readonly dueWithinDays: number,
  ) {
    super();
  }
}

@QueryHandler(GetReviewsReportQuery)
export class GetReviewsReportHandler implements IQueryHandler<GetReviewsReportQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(q: GetReviewsReportQuery): Promise<unknown> {
    return this.queries.reviewsReport(reviewDay(q.asOf, this.clock), q.dueWithinDays, q.asOf);
  }
}
