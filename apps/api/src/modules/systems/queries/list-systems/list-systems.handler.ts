import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { ListSystemsQuery } from './list-systems.query';

@QueryHandler(ListSystemsQuery)
export class ListSystemsHandler implements IQueryHandler<ListSystemsQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute(q: ListSystemsQuery): Promise<unknown> {
    return this.queries.systems(q.asOf);
  }
}
