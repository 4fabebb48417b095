import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListBodyMinutesQuery extends Query<unknown> {
  constructor(
    readonly body: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListBodyMinutesQuery)
export class ListBodyMinutesHandler implements IQueryHandler<ListBodyMinutesQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: ListBodyMinutesQuery): Promise<unknown> {
    const minutes = await this.queries.bodyMinutes(q.body, q.asOf);
    if (minutes === null) throw notFound(`governance body ${q.body}`);
    return minutes;
  }
}
