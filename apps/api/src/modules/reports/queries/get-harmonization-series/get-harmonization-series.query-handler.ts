import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import type { SeriesInterval } from '@samsyn/projections/reports/harmonization-series';

export class GetHarmonizationSeriesQuery extends Query<unknown> {
  constructor(
    readonly ends: readonly string[],
    readonly interval: SeriesInterval,
  ) {
    super();
  }
}

@QueryHandler(GetHarmonizationSeriesQuery)
export class GetHarmonizationSeriesHandler implements IQueryHandler<GetHarmonizationSeriesQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetHarmonizationSeriesQuery): Promise<unknown> {
    return this.queries.harmonizationSeries(q.ends, q.interval);
  }
}
