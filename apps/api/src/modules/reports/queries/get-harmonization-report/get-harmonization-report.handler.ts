import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetHarmonizationReportQuery } from './get-harmonization-report.query';

@QueryHandler(GetHarmonizationReportQuery)
export class GetHarmonizationReportHandler implements IQueryHandler<GetHarmonizationReportQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetHarmonizationReportQuery): Promise<unknown> {
    return this.queries.harmonizationReport(q.asOf);
  }
}
