import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { entryOf } from '../../../../infrastructure/http/entry-of';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetBodyQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

/** The register's entry, so that a write can answer it and `Location` can point at it (docs/api.md). */
@QueryHandler(GetBodyQuery)
export class GetBodyHandler implements IQueryHandler<GetBodyQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetBodyQuery): Promise<unknown> {
    return entryOf(await this.queries.bodies(q.asOf), q.id, 'governance body');
  }
}
