import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetDeviationDiffQuery extends Query<unknown> {
  constructor(
    readonly processId: string,
    readonly stakeholder: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
