import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetDeviationDiffQuery } from './get-deviation-diff.query';

@QueryHandler(GetDeviationDiffQuery)
export class GetDeviationDiffHandler implements IQueryHandler<GetDeviationDiffQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetDeviationDiffQuery): Promise<unknown> {
    const found = await this.queries.deviationDiff(q.processId, q.stakeholder, q.asOf);
    if (found === null || found === undefined) throw notFound(`an active deviation of ${q.stakeholder} from process ${q.processId}`);
    return found;
  }
}
