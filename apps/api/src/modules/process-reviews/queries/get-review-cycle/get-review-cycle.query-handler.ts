import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { CLOCK, READ_MODEL_QUERIES, type Clock } from '../../../../infrastructure/tokens';
import { reviewDay } from '../review-day';

export class GetReviewCycleQuery extends Query<unknown> {
  constructor(
    readonly processId: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetReviewCycleQuery)
export class GetReviewCycleHandler implements IQueryHandler<GetReviewCycleQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(q: GetReviewCycleQuery): Promise<unknown> {
    const review = await this.queries.processReview(q.processId, reviewDay(q.asOf, this.clock), q.asOf);
    if (review === null) throw notFound(`process ${q.processId}`);
    return review;
  }
}
