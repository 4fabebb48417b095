import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { GetStakeholderHistoryQuery } from './get-stakeholder-history.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';

@ApiTags('stakeholders')
@ApiBearerAuth()
@CachedRead()
@Controller('stakeholders')
export class GetStakeholderHistoryHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/history')
  @ApiOperation({ summary: "Every change that affected a stakeholder, oldest first" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: "Every change that affected a stakeholder, oldest first" })
  @ApiReadErrors({ notFound: true })
  getStakeholderHistory(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetStakeholderHistoryQuery(id, toAsOf(query)));
  }
}
