import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetCommentThreadQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
