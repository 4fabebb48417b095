import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { GetProcessRevisionsQuery } from './get-process-revisions.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProcessRevisionSummaryResponse } from '../../processes.response';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('processes')
export class GetProcessRevisionsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/revisions')
  @ApiOperation({ summary: "A process's revisions with the proposal behind each" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer([ProcessRevisionSummaryResponse], { paged: true, description: "A process's revisions with the proposal behind each" })
  @ApiReadErrors({ notFound: true })
  async getProcessRevisions(@Param('id') id: string, @Query() query: PageQueryDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    return answerPage(res, query, (await this.queryBus.execute(new GetProcessRevisionsQuery(id, toAsOf(query)))) as unknown[]);
  }
}
