import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetManagementPlanQuery extends Query<unknown> {
  constructor(
    readonly object: string,
    readonly year: number,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetManagementPlanQuery)
export class GetManagementPlanHandler implements IQueryHandler<GetManagementPlanQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetManagementPlanQuery): Promise<unknown> {
    const view = Number.isInteger(q.year) ? await this.queries.managementPlan(q.object, q.year, q.asOf) : null;
    if (view === null) throw notFound(`the ${q.year} plan of management object ${q.object}`);
    return view;
  }
}
