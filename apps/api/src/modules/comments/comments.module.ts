import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import { CLOCK, EVENT_STORE, type Clock } from '../../infrastructure/tokens';
import { ChangeCommentThreadStatusHandler } from './commands/change-comment-thread-status/change-comment-thread-status.handler';
import { ChangeCommentThreadStatusHttpController } from './commands/change-comment-thread-status/change-comment-thread-status.http.controller';
import { EditCommentHandler } from './commands/edit-comment/edit-comment.handler';
import { EditCommentHttpController } from './commands/edit-comment/edit-comment.http.controller';
import { PostCommentHandler } from './commands/post-comment/post-comment.handler';
import { PostCommentHttpController } from './commands/post-comment/post-comment.http.controller';
import { COMMENT_EXECUTOR } from './comment-tokens';
import { GetCommentThreadHandler } from './queries/get-comment-thread/get-comment-thread.query-handler';
import { GetCommentThreadHttpController } from './queries/get-comment-thread/get-comment-thread.http.controller';
import { GetCommentsHandler } from './queries/get-comments/get-comments.query-handler';
import { GetCommentsHttpController } from './queries/get-comments/get-comments.http.controller';
import { ListPrincipalsHandler } from './queries/list-principals/list-principals.query-handler';
import { ListPrincipalsHttpController } from './queries/list-principals/list-principals.http.controller';

/** Comment threads on processes, steps and proposals, with @mentions (docs/comments.md). */
@Module({
  controllers: [
    PostCommentHttpController,
    EditCommentHttpController,
    ChangeCommentThreadStatusHttpController,
    GetCommentsHttpController,
    GetCommentThreadHttpController,
    ListPrincipalsHttpController,
  ],
  providers: [
    { provide: COMMENT_EXECUTOR, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => new CommandExecutor(store, clock, randomUUID) },
    PostCommentHandler,
    EditCommentHandler,
    ChangeCommentThreadStatusHandler,
    GetCommentsHandler,
    GetCommentThreadHandler,
    ListPrincipalsHandler,
  ],
})
export class CommentsModule {}
