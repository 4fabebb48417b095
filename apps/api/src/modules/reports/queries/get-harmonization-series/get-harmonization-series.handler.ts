import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetHarmonizationSeriesQuery } from './get-harmonization-series.query';

@QueryHandler(GetHarmonizationSeriesQuery)
export class GetHarmonizationSeriesHandler implements IQueryHandler<GetHarmonizationSeriesQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetHarmonizationSeriesQuery): Promise<unknown> {
    return this.queries.harmonizationSeries(q.ends, q.interval);
  }
}
