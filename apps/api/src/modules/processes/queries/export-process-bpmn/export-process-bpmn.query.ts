import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class ExportProcessBpmnQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    /** undefined: the head revision (as of `asOf`). */
    readonly revision: number | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
