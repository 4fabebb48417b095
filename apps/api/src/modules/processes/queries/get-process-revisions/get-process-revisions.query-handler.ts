import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetProcessRevisionsQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetProcessRevisionsQuery)
export class GetProcessRevisionsHandler implements IQueryHandler<GetProcessRevisionsQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  async execute(q: GetProcessRevisionsQuery): Promise<unknown> {
    const found = await this.queries.revisions(q.id, q.asOf);
    if (found === null || found === undefined) throw notFound(`process ${q.id}`);
    return found;
  }
}
