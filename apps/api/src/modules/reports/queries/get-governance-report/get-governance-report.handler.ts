import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetGovernanceReportQuery } from './get-governance-report.query';

@QueryHandler(GetGovernanceReportQuery)
export class GetGovernanceReportHandler implements IQueryHandler<GetGovernanceReportQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetGovernanceReportQuery): Promise<unknown> {
    return this.queries.governanceReport(q.asOf);
  }
}
