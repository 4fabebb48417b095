import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetManagementPlanQuery extends Query<unknown> {
  constructor(
    readonly object: string,
    readonly year: number,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
