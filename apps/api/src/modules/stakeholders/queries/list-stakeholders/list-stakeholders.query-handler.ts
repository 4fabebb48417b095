import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListStakeholdersQuery extends Query<unknown> {
  constructor(
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListStakeholdersQuery)
export class ListStakeholdersHandler implements IQueryHandler<ListStakeholdersQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute(q: ListStakeholdersQuery): Promise<unknown> {
    return this.queries.stakeholders(q.asOf);
  }
}
