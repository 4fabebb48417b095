import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf, HistoryPage } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetStakeholderHistoryQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
    readonly page?: HistoryPage,
  ) {
    super();
  }
}

@QueryHandler(GetStakeholderHistoryQuery)
export class GetStakeholderHistoryHandler implements IQueryHandler<GetStakeholderHistoryQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
  ) {}

  async execute(q: GetStakeholderHistoryQuery): Promise<unknown> {
    const found = await this.queries.stakeholderHistory(q.id, q.asOf, q.page);
    if (found === null || found === undefined) throw notFound(`stakeholder ${q.id}`);
    return found;
  }
}
