import { Query } from '@nestjs/cqrs';
import type { SeriesInterval } from '@samsyn/projections/reports/harmonization-series';

export class GetHarmonizationSeriesQuery extends Query<unknown> {
  constructor(
    readonly ends: readonly string[],
    readonly interval: SeriesInterval,
  ) {
    super();
  }
}
