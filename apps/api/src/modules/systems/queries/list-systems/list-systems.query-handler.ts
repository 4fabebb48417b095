import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListSystemsQuery extends Query<unknown> {
  constructor(
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListSystemsQuery)
export class ListSystemsHandler implements IQueryHandler<ListSystemsQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute(q: ListSystemsQuery): Promise<unknown> {
    return this.queries.systems(q.asOf);
  }
}
