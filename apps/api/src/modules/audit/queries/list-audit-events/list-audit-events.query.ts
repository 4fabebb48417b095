import { Query } from '@nestjs/cqrs';
import type { AsOf, AuditFilter } from '@samsyn/projections/read-model-queries.port';

export class ListAuditEventsQuery extends Query<{ events: unknown[]; nextAfter: string | null }> {
  constructor(
    readonly filter: AuditFilter,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
