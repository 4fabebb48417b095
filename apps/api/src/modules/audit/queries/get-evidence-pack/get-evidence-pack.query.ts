import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

/** The evidence pack of a process as HTML. */
export class GetEvidencePackQuery extends Query<string> {
  constructor(
    readonly processId: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
