import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { MyTasks } from '@samsyn/projections/my-work/my-tasks';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetMyTasksQuery } from './get-my-tasks.query';

@QueryHandler(GetMyTasksQuery)
export class GetMyTasksHandler implements IQueryHandler<GetMyTasksQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  execute(q: GetMyTasksQuery): Promise<MyTasks> {
    return this.queries.myTasks(q.principal, { seenUpTo: q.seenUpTo }, q.asOf);
  }
}
