import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetManagementPlanQuery } from './get-management-plan.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementPlanResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@CachedRead()
@Controller('management-objects')
export class GetManagementPlanHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/plans/:year')
  @ApiOperation({ summary: "A management plan of a year: its current revision, the revisions before, escalations, decisions and the latest follow-up" })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'year', example: '2026' })
  @ApiReadAnswer(ManagementPlanResponse, { description: '{object, year, revision, status, heldBy, content, revisions, escalations, decisions, followUp, updatedAt}' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Param('year') year: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetManagementPlanQuery(id, /^\d{4}$/.test(year) ? Number(year) : NaN, toAsOf(query)));
  }
}
