import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { ListHandoversQuery } from './list-handovers.query';

@QueryHandler(ListHandoversQuery)
export class ListHandoversHandler implements IQueryHandler<ListHandoversQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: Pick<ReadModelQueries, 'handovers'>) {}

  execute(q: ListHandoversQuery): Promise<unknown> {
    return this.queries.handovers(q.filter, q.asOf);
  }
}
