import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, routeParam } from '../../../../infrastructure/http/represented.decorator';
import { GetCommentThreadQuery } from '../../queries/get-comment-thread/get-comment-thread.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { EditCommentCommand } from './edit-comment.command';
import { EditCommentRequestDto } from './edit-comment.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CommentThreadSchema } from '../../comments.response';

@ApiTags('comments')
@ApiBearerAuth()
@Controller('comments')
export class EditCommentHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Patch(':thread/:comment')
  @Represented({ read: (_r, req) => new GetCommentThreadQuery(routeParam(req, 'thread')!, undefined) })
  @ApiOperation({ summary: 'Edit one’s own comment (a new event: the earlier text stays in the history)' })
  @ApiParam({ name: 'thread' })
  @ApiParam({ name: 'comment' })
  @ApiWriteAnswer(CommentThreadSchema, { description: 'the thread as GET /comments/:thread shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  edit(@Param('thread') thread: string, @Param('comment') comment: string, @Body() body: EditCommentRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new EditCommentCommand(thread, comment, body.text, options));
  }
}
