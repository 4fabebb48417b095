import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import type { CommentsView } from '@samsyn/projections/comments/comment-thread.view';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetCommentsQuery } from './get-comments.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CommentsResponse } from '../../comments.response';

const ANSWER = '{subject, counts: {threads, open, comments}, threads: [{id, subject, status, startedBy, startedAt, resolved, comments: [{id, author, text, mentions, postedAt, position, editedAt, history}]}]}';

@ApiTags('comments')
@ApiBearerAuth()
@CachedRead()
@Controller()
export class GetCommentsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('processes/:id/comments')
  @ApiOperation({ operationId: 'getProcessComments', summary: "A process's comment threads (its steps' too), each comment with its edit history" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(CommentsResponse, { paged: true, description: ANSWER })
  @ApiReadErrors({ notFound: true })
  async ofProcess(@Param('id') id: string, @Query() query: PageQueryDto, @Res({ passthrough: true }) res: Response): Promise<CommentsView> {
    return answerPage(res, query, await this.queryBus.execute(new GetCommentsQuery({ kind: 'process', id }, toAsOf(query))), 'threads');
  }

  @Get('proposals/:id/comments')
  @ApiOperation({ operationId: 'getProposalComments', summary: "A proposal's comment threads, each comment with its edit history" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(CommentsResponse, { paged: true, description: ANSWER })
  @ApiReadErrors({ notFound: true })
  async ofProposal(@Param('id') id: string, @Query() query: PageQueryDto, @Res({ passthrough: true }) res: Response): Promise<CommentsView> {
    return answerPage(res, query, await this.queryBus.execute(new GetCommentsQuery({ kind: 'proposal', id }, toAsOf(query))), 'threads');
  }
}
