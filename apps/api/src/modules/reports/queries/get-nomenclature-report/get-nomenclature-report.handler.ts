import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetNomenclatureReportQuery } from './get-nomenclature-report.query';

@QueryHandler(GetNomenclatureReportQuery)
export class GetNomenclatureReportHandler implements IQueryHandler<GetNomenclatureReportQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetNomenclatureReportQuery): Promise<unknown> {
    return this.queries.nomenclatureReport(q.asOf);
  }
}
