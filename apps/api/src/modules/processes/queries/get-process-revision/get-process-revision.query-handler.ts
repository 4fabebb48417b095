import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { versioned } from '../../../../infrastructure/http/write-result.interceptor';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetProcessRevisionQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly revision: number,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetProcessRevisionQuery)
export class GetProcessRevisionHandler implements IQueryHandler<GetProcessRevisionQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  /** A revision never changes, so its number is a complete ETag. */
  async execute(q: GetProcessRevisionQuery): Promise<unknown> {
    const found = await this.queries.revision(q.id, q.revision, q.asOf);
    if (found === null || found === undefined) throw notFound(`revision ${q.revision} of process ${q.id}`);
    return versioned(found, BigInt(q.revision));
  }
}
