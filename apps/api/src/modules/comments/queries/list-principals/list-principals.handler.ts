import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { KnownPrincipal } from '@samsyn/projections/principals/principals.projection';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { ListPrincipalsQuery } from './list-principals.query';

@QueryHandler(ListPrincipalsQuery)
export class ListPrincipalsHandler implements IQueryHandler<ListPrincipalsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListPrincipalsQuery): Promise<KnownPrincipal[]> {
    return this.queries.principals(q.asOf, q.prefix);
  }
}
