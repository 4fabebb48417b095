import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import type { HistoryPage } from '@samsyn/projections/read-model-queries.port';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { GetStakeholderHistoryRequestDto } from './get-stakeholder-history.request.dto';
import { GetStakeholderHistoryQuery } from './get-stakeholder-history.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';

@ApiTags('stakeholders')
@ApiBearerAuth()
@CachedRead()
@Controller('stakeholders')
export class GetStakeholderHistoryHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change that affected a stakeholder, oldest first (optionally a page: ?after=<position>&limit=<n>)' })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: "Every change that affected a stakeholder, oldest first" })
  @ApiReadErrors({ notFound: true })
  getStakeholderHistory(@Param('id') id: string, @Query() query: GetStakeholderHistoryRequestDto): Promise<unknown> {
    const page: HistoryPage | undefined =
      query.after === undefined && query.limit === undefined
        ? undefined
        : { ...(query.after !== undefined && { after: BigInt(query.after) }), ...(query.limit !== undefined && { limit: Number(query.limit) }) };
    return this.queryBus.execute(new GetStakeholderHistoryQuery(id, toAsOf(query), page));
  }
}
