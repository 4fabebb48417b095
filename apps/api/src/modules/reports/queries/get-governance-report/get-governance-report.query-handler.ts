import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetGovernanceReportQuery extends Query<unknown> {
  constructor(readonly asOf: AsOf) {
    super();
  }
}

@QueryHandler(GetGovernanceReportQuery)
export class GetGovernanceReportHandler implements IQueryHandler<GetGovernanceReportQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetGovernanceReportQuery): Promise<unknown> {
    return this.queries.governanceReport(q.asOf);
  }
}
