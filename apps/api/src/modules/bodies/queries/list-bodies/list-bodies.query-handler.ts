import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListBodiesQuery extends Query<unknown> {
  constructor(
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListBodiesQuery)
export class ListBodiesHandler implements IQueryHandler<ListBodiesQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute(q: ListBodiesQuery): Promise<unknown> {
    return this.queries.bodies(q.asOf);
  }
}
