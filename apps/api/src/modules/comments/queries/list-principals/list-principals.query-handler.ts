import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { KnownPrincipal } from '@samsyn/projections/principals/principals.projection';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListPrincipalsQuery extends Query<KnownPrincipal[]> {
  constructor(
    readonly prefix: string | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListPrincipalsQuery)
export class ListPrincipalsHandler implements IQueryHandler<ListPrincipalsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListPrincipalsQuery): Promise<KnownPrincipal[]> {
    return this.queries.principals(q.asOf, q.prefix);
  }
}
