import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetManagementObjectQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetManagementObjectQuery)
export class GetManagementObjectHandler implements IQueryHandler<GetManagementObjectQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetManagementObjectQuery): Promise<unknown> {
    const view = await this.queries.managementObject(q.id, q.asOf);
    if (view === null) throw notFound(`management object ${q.id}`);
    return view;
  }
}
