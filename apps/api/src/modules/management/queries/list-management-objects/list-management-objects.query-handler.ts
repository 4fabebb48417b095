import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ManagementObjectView } from '@samsyn/projections/management/management.view';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListManagementObjectsQuery extends Query<ManagementObjectView[]> {
  constructor(
    readonly body: string | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListManagementObjectsQuery)
export class ListManagementObjectsHandler implements IQueryHandler<ListManagementObjectsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListManagementObjectsQuery): Promise<ManagementObjectView[]> {
    return this.queries.managementObjects({ body: q.body }, q.asOf);
  }
}
