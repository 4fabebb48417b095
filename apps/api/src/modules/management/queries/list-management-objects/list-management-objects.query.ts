import { Query } from '@nestjs/cqrs';
import type { ManagementObjectView } from '@samsyn/projections/management/management.view';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class ListManagementObjectsQuery extends Query<ManagementObjectView[]> {
  constructor(
    readonly body: string | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
