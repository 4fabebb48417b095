import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf, AuditFilter } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class ListAuditEventsQuery extends Query<{ events: unknown[]; nextAfter: string | null }> {
  constructor(
    readonly filter: AuditFilter,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListAuditEventsQuery): Promise<{ events: unknown[]; nextAfter: string | null }> {
    return this.queries.auditEvents(q.filter, q.asOf);
  }
}
