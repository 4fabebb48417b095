import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetProcessDiffQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly from: number,
    readonly to: number,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
