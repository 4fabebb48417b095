import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import type { HandoverFilter } from '@samsyn/projections/handovers/handover-register';

export class ListHandoversQuery extends Query<unknown> {
  constructor(
    readonly filter: HandoverFilter,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListHandoversQuery)
export class ListHandoversHandler implements IQueryHandler<ListHandoversQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: Pick<ReadModelQueries, 'handovers'>) {}

  execute(q: ListHandoversQuery): Promise<unknown> {
    return this.queries.handovers(q.filter, q.asOf);
  }
}
