import { Query } from '@nestjs/cqrs';
import type { KnownPrincipal } from '@samsyn/projections/principals/principals.projection';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class ListPrincipalsQuery extends Query<KnownPrincipal[]> {
  constructor(
    readonly prefix: string | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
