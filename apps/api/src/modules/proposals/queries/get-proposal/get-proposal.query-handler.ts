import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { streamRevisionAsOf } from '../../../../infrastructure/http/stream-revision';
import { versioned } from '../../../../infrastructure/http/write-result.interceptor';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetProposalQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetProposalQuery)
export class GetProposalHandler implements IQueryHandler<GetProposalQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(q: GetProposalQuery): Promise<unknown> {
    const found = await this.queries.proposal(q.id, q.asOf);
    if (found === null || found === undefined) throw notFound(`proposal ${q.id}`);
    return versioned(found, await streamRevisionAsOf(this.store, `proposal-${q.id}`, q.asOf));
  }
}
