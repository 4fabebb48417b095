import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { ResolveCommentThreadCommand } from './resolve-comment-thread.command';

@ApiTags('comments')
@ApiBearerAuth()
@Controller('comments')
export class ResolveCommentThreadHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':thread/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: "Resolve a comment thread (its author, the process's owner, admins): no replies or edits until reopened" })
  @ApiParam({ name: 'thread' })
  @ApiOkResponse({ description: 'the thread; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  resolve(@Param('thread') thread: string, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new ResolveCommentThreadCommand(thread, options));
  }
}
