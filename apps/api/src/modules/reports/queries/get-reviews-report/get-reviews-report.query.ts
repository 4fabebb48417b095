import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetReviewsReportQuery extends Query<unknown> {
  constructor(
    readonly asOf: AsOf,
    readonly dueWithinDays: number,
  ) {
    super();
  }
}
