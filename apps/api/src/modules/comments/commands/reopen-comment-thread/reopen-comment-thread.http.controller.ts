import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { ReopenCommentThreadCommand } from './reopen-comment-thread.command';

@ApiTags('comments')
@ApiBearerAuth()
@Controller('comments')
export class ReopenCommentThreadHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':thread/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: "Reopen a resolved comment thread (its author, the process's owner, admins)" })
  @ApiParam({ name: 'thread' })
  @ApiOkResponse({ description: 'the thread; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  reopen(@Param('thread') thread: string, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new ReopenCommentThreadCommand(thread, options));
  }
}
