import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetHarmonizationReportQuery extends Query<unknown> {
  constructor(readonly asOf: AsOf) {
    super();
  }
}

@QueryHandler(GetHarmonizationReportQuery)
export class GetHarmonizationReportHandler implements IQueryHandler<GetHarmonizationReportQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetHarmonizationReportQuery): Promise<unknown> {
    return this.queries.harmonizationReport(q.asOf);
  }
}
