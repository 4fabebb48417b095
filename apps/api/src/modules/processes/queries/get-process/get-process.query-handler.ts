import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { streamRevisionAsOf } from '../../../../infrastructure/http/stream-revision';
import { versioned } from '../../../../infrastructure/http/write-result.interceptor';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetProcessQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetProcessQuery)
export class GetProcessHandler implements IQueryHandler<GetProcessQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(q: GetProcessQuery): Promise<unknown> {
    const found = await this.queries.process(q.id, q.asOf);
    if (found === null || found === undefined) throw notFound(`process ${q.id}`);
    return versioned(found, await streamRevisionAsOf(this.store, `process-${q.id}`, q.asOf));
  }
}
