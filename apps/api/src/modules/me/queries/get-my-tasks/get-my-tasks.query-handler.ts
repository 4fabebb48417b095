import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { MyTasks } from '@samsyn/projections/my-work/my-tasks';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import type { Principal } from '@samsyn/domain/shared';

export class GetMyTasksQuery extends Query<MyTasks> {
  constructor(
    readonly principal: Principal,
    readonly seenUpTo: bigint | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(GetMyTasksQuery)
export class GetMyTasksHandler implements IQueryHandler<GetMyTasksQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetMyTasksQuery): Promise<MyTasks> {
    return this.queries.myTasks(q.principal, { seenUpTo: q.seenUpTo }, q.asOf);
  }
}
