import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetManagementObjectQuery } from './get-management-object.query';

@QueryHandler(GetManagementObjectQuery)
export class GetManagementObjectHandler implements IQueryHandler<GetManagementObjectQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetManagementObjectQuery): Promise<unknown> {
    const view = await this.queries.managementObject(q.id, q.asOf);
    if (view === null) throw notFound(`management object ${q.id}`);
    return view;
  }
}
