import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class ListBodyMinutesQuery extends Query<unknown> {
  constructor(
    readonly body: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
