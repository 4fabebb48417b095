import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, routeParam } from '../../../../infrastructure/http/represented.decorator';
import { GetCommentThreadQuery } from '../../queries/get-comment-thread/get-comment-thread.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { ChangeCommentThreadStatusCommand } from './change-comment-thread-status.command';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CommentThreadSchema } from '../../comments.response';

const WHO = "its author, the process's owner, admins";

@ApiTags('comments')
@ApiBearerAuth()
@Controller('comments')
export class ChangeCommentThreadStatusHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':thread/resolve')
  @Represented({ read: (_r, req) => new GetCommentThreadQuery(routeParam(req, 'thread')!, undefined) })
  @HttpCode(200)
  @ApiOperation({ operationId: 'resolveCommentThread', summary: `Resolve a comment thread: no replies or edits until it is reopened (${WHO})` })
  @ApiParam({ name: 'thread' })
  @ApiWriteAnswer(CommentThreadSchema, { description: 'the thread as GET /comments/:thread shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  resolve(@Param('thread') thread: string, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new ChangeCommentThreadStatusCommand(thread, 'resolve', options));
  }

  @Post(':thread/reopen')
  @Represented({ read: (_r, req) => new GetCommentThreadQuery(routeParam(req, 'thread')!, undefined) })
  @HttpCode(200)
  @ApiOperation({ operationId: 'reopenCommentThread', summary: `Reopen a resolved comment thread (${WHO})` })
  @ApiParam({ name: 'thread' })
  @ApiWriteAnswer(CommentThreadSchema, { description: 'the thread as GET /comments/:thread shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  reopen(@Param('thread') thread: string, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new ChangeCommentThreadStatusCommand(thread, 'reopen', options));
  }
}
