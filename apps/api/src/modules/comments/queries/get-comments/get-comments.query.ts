import { Query } from '@nestjs/cqrs';
import type { CommentsView } from '@samsyn/projections/comments/comment-thread.view';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

export class GetCommentsQuery extends Query<CommentsView> {
  constructor(
    readonly subject: CommentsView['subject'],
    readonly asOf: AsOf,
  ) {
    super();
  }
}
