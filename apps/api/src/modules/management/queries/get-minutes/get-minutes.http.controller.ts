import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetMinutesQuery } from './get-minutes.query-handler';
import { minutesHtml } from './minutes-html';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { MinutesResponse } from '../../management.response';

const HTML_SUFFIX = '.html';

@ApiTags('bodies')
@ApiBearerAuth()
@CachedRead()
@Controller('bodies')
export class GetMinutesHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/minutes/:meeting')
  @ApiOperation({ summary: "One meeting's minutes: JSON, or archive-friendly HTML with `Accept: text/html` or a `.html` suffix on the meeting" })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'meeting', example: '2026-02' })
  @ApiReadAnswer(MinutesResponse, { alsoAs: 'text/html', description: 'the minutes; as HTML: UTF-8, lang="sv", inline CSS, no scripts' })
  @ApiReadErrors({ notFound: true })
  async get(
    @Param('id') id: string,
    @Param('meeting') meeting: string,
    @Query() query: AsOfQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const suffixed = meeting.endsWith(HTML_SUFFIX);
    const html = suffixed || /\btext\/html\b/.test(accept ?? '');
    const { minutes, body } = await this.queryBus.execute(new GetMinutesQuery(id, suffixed ? meeting.slice(0, -HTML_SUFFIX.length) : meeting, toAsOf(query)));
    if (!html) return minutes;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Vary', 'Accept');
    return minutesHtml(minutes, body);
  }
}
