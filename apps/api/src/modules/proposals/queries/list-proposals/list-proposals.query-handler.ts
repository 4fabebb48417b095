import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf, ProposalFilter } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListProposalsQuery extends Query<unknown[]> {
  constructor(
    readonly filter: ProposalFilter,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListProposalsQuery)
export class ListProposalsHandler implements IQueryHandler<ListProposalsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListProposalsQuery): Promise<unknown[]> {
    return this.queries.proposals(q.filter, q.asOf);
  }
}
