import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetProcessRevisionQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly revision: number,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
