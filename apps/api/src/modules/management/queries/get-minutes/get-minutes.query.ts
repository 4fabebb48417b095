import { Query } from '@nestjs/cqrs';
import type { BodyEntry } from '@samsyn/projections/directory/directory.projection';
import type { MinutesView } from '@samsyn/projections/management/management.view';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetMinutesQuery extends Query<{ minutes: MinutesView; body: BodyEntry | null }> {
  constructor(
    readonly body: string,
    readonly meeting: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
