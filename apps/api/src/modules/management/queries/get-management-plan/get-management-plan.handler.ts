import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetManagementPlanQuery } from './get-management-plan.query';

@QueryHandler(GetManagementPlanQuery)
export class GetManagementPlanHandler implements IQueryHandler<GetManagementPlanQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetManagementPlanQuery): Promise<unknown> {
    const view = Number.isInteger(q.year) ? await this.queries.managementPlan(q.object, q.year, q.asOf) : null;
    if (view === null) throw notFound(`the ${q.year} plan of management object ${q.object}`);
    return view;
  }
}
