import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { CommentsView } from '@samsyn/projections/comments/comment-thread.view';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetCommentsQuery extends Query<CommentsView> {
  constructor(
    readonly subject: CommentsView['subject'],
    readonly asOf: AsOf,
  ) {
    super();
  }
}

/** The threads of a process (its steps' too) or of a proposal that existed at the moment asked. */
@QueryHandler(GetCommentsQuery)
export class GetCommentsHandler implements IQueryHandler<GetCommentsQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute({ subject, asOf }: GetCommentsQuery): Promise<CommentsView> {
    const exists = subject.kind === 'process' ? await this.queries.process(subject.id, asOf) : await this.queries.proposal(subject.id, asOf);
    if (exists === null) throw notFound(`${subject.kind} ${subject.id}`);
    return this.queries.comments(subject, asOf);
  }
}
