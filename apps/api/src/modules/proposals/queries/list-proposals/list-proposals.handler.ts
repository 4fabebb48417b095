import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { ListProposalsQuery } from './list-proposals.query';

@QueryHandler(ListProposalsQuery)
export class ListProposalsHandler implements IQueryHandler<ListProposalsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListProposalsQuery): Promise<unknown[]> {
    return this.queries.proposals(q.filter, q.asOf);
  }
}
