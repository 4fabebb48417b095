import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CommentThreadSchema } from '../../comments.response';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetCommentThreadQuery } from './get-comment-thread.query-handler';

@ApiTags('comments')
@ApiBearerAuth()
@CachedRead()
@Controller('comments')
export class GetCommentThreadHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':thread')
  @ApiOperation({ summary: 'One comment thread with its comments and their edit history, as its subject\'s comments list it' })
  @ApiParam({ name: 'thread' })
  @ApiReadAnswer(CommentThreadSchema, { description: '{id, subject, status, startedBy, startedAt, resolved, comments: [{id, author, text, mentions, postedAt, position, editedAt, history}]}' })
  @ApiReadErrors({ notFound: true })
  get(@Param('thread') thread: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetCommentThreadQuery(thread, toAsOf(query)));
  }
}
