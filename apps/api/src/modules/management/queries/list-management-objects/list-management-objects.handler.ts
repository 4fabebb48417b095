import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ManagementObjectView } from '@samsyn/projections/management/management.view';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { ListManagementObjectsQuery } from './list-management-objects.query';

@QueryHandler(ListManagementObjectsQuery)
export class ListManagementObjectsHandler implements IQueryHandler<ListManagementObjectsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListManagementObjectsQuery): Promise<ManagementObjectView[]> {
    return this.queries.managementObjects({ body: q.body }, q.asOf);
  }
}
