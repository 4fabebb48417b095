import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetVariantReportQuery extends Query<unknown> {
  constructor(readonly asOf: AsOf) {
    super();
  }
}

@QueryHandler(GetVariantReportQuery)
export class GetVariantReportHandler implements IQueryHandler<GetVariantReportQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: Pick<ReadModelQueries, 'variantReport'>) {}

  execute(q: GetVariantReportQuery): Promise<unknown> {
    return this.queries.variantReport(q.asOf);
  }
}
