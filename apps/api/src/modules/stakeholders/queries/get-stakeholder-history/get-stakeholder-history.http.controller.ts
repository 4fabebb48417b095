import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { STAKEHOLDER_HISTORY_TABLES } from './stakeholder-history.csv-tables';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import type { HistoryPage } from '@samsyn/projections/read-model-queries.port';
import type { StakeholderHistoryEntry } from '@samsyn/projections/stakeholder-history/stakeholder-history-entry';
import { linkNext } from '../../../../infrastructure/http/paging/paging';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { GetStakeholderHistoryRequestDto } from './get-stakeholder-history.request.dto';
import { GetStakeholderHistoryQuery } from './get-stakeholder-history.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { StakeholderHistoryEntryResponse } from '../../stakeholders.response';

@ApiTags('stakeholders')
@ApiBearerAuth()
@CachedRead()
@Controller('stakeholders')
export class GetStakeholderHistoryHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change that affected a stakeholder, oldest first (optionally a page: ?limit=<n>, then the Link: rel="next")' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer([StakeholderHistoryEntryResponse], { paged: true, csv: true, description: "Every change that affected a stakeholder, oldest first" })
  @ApiReadErrors({ notFound: true })
  async getStakeholderHistory(
    @Param('id') id: string,
    @Query() query: GetStakeholderHistoryRequestDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    // One entry beyond the page says whether there is a next one (no Link on the last page).
    const limit = query.limit === undefined ? undefined : Number(query.limit);
    const page: HistoryPage | undefined =
      query.after === undefined && limit === undefined
        ? undefined
        : { ...(query.after !== undefined && { after: BigInt(query.after) }), ...(limit !== undefined && { limit: limit + 1 }) };
    let history = (await this.queryBus.execute(new GetStakeholderHistoryQuery(id, toAsOf(query), page))) as StakeholderHistoryEntry[];
    if (limit !== undefined && history.length > limit) {
      history = history.slice(0, limit);
      linkNext(res, history[limit - 1].position);
    }
    return answerJsonOrCsv(res, `history-${id}`, STAKEHOLDER_HISTORY_TABLES, { query, accept, acceptLanguage }, history, { byRead: true });
  }
}
