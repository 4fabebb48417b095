import { Query } from '@nestjs/cqrs';
import type { AsOf, HistoryPage } from '@samsyn/projections/read-model-queries.port';

export class GetStakeholderHistoryQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
    readonly page?: HistoryPage,
  ) {
    super();
  }
}
