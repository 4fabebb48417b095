import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ListBodyMinutesQuery } from './list-body-minutes.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { MinutesResponse } from '../../management.response';

@ApiTags('bodies')
@ApiBearerAuth()
@CachedRead()
@Controller('bodies')
export class ListBodyMinutesHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/minutes')
  @ApiOperation({ summary: "A body's minutes (beslutsprotokoll), oldest meeting first" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer([MinutesResponse], { paged: true, description: '[{body, meeting, date, present, decisions: [{kind, ref, outcome, motivation, decidedBy}], recordedBy, recordedAt}]' })
  @ApiReadErrors({ notFound: true })
  async list(@Param('id') id: string, @Query() query: PageQueryDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    return answerPage(res, query, (await this.queryBus.execute(new ListBodyMinutesQuery(id, toAsOf(query)))) as unknown[]);
  }
}
