import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { ListAuditEventsQuery } from './list-audit-events.query';

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: ListAuditEventsQuery): Promise<{ events: unknown[]; nextAfter: string | null }> {
    return this.queries.auditEvents(q.filter, q.asOf);
  }
}
