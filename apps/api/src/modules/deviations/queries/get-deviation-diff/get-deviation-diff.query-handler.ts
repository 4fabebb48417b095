import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetDeviationDiffQuery extends Query<unknown> {
  constructor(
    readonly processId: string,
    readonly stakeholder: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetDeviationDiffQuery)
export class GetDeviationDiffHandler implements IQueryHandler<GetDeviationDiffQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetDeviationDiffQuery): Promise<unknown> {
    const found = await this.queries.deviationDiff(q.processId, q.stakeholder, q.asOf);
    if (found === null || found === undefined) throw notFound(`an active deviation of ${q.stakeholder} from process ${q.processId}`);
    return found;
  }
}
