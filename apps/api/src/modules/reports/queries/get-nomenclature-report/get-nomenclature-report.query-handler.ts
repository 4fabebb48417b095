import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetNomenclatureReportQuery extends Query<unknown> {
  constructor(readonly asOf: AsOf) {
    super();
  }
}

@QueryHandler(GetNomenclatureReportQuery)
export class GetNomenclatureReportHandler implements IQueryHandler<GetNomenclatureReportQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetNomenclatureReportQuery): Promise<unknown> {
    return this.queries.nomenclatureReport(q.asOf);
  }
}
