import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { ListTermsQuery } from './list-terms.query';

@QueryHandler(ListTermsQuery)
export class ListTermsHandler implements IQueryHandler<ListTermsQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  execute(q: ListTermsQuery): Promise<unknown> {
    return this.queries.terms(q.asOf);
  }
}
