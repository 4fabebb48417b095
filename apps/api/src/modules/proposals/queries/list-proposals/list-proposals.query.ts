import { Query } from '@nestjs/cqrs';
import type { AsOf, ProposalFilter } from '@samsyn/projections/read-model-queries.port';

export class ListProposalsQuery extends Query<unknown[]> {
  constructor(
    readonly filter: ProposalFilter,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
