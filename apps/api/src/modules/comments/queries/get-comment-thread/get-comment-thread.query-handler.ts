import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetCommentThreadQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

/** One thread, as its subject's comments list it: where a comment write's `Location` points. */
@QueryHandler(GetCommentThreadQuery)
export class GetCommentThreadHandler implements IQueryHandler<GetCommentThreadQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetCommentThreadQuery): Promise<unknown> {
    const thread = await this.queries.commentThread(q.id, q.asOf);
    if (thread === null) throw notFound(`comment thread ${q.id}`);
    return thread;
  }
}
