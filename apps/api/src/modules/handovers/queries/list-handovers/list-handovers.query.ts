import { Query } from '@nestjs/cqrs';
import type { HandoverFilter } from '@samsyn/projections/handovers/handover-register';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class ListHandoversQuery extends Query<unknown> {
  constructor(
    readonly filter: HandoverFilter,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
