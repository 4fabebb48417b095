import { Query } from '@nestjs/cqrs';
import type { Principal } from '@samsyn/domain/shared';
import type { MyTasks } from '@samsyn/projections/my-work/my-tasks';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetMyTasksQuery extends Query<MyTasks> {
  constructor(
    readonly principal: Principal,
    readonly seenUpTo: bigint | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
