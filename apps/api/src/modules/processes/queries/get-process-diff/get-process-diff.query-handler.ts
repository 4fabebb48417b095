import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetProcessDiffQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly from: number,
    readonly to: number,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetProcessDiffQuery)
export class GetProcessDiffHandler implements IQueryHandler<GetProcessDiffQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetProcessDiffQuery): Promise<unknown> {
    const found = await this.queries.diff(q.id, q.from, q.to, q.asOf);
    if (found === null || found === undefined) throw notFound(`process ${q.id} with revisions ${q.from} and ${q.to}`);
    return found;
  }
}
