import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetBodyQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
