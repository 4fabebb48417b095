import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ListBodyMinutesQuery } from './list-body-minutes.query';
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
  @ApiReadAnswer([MinutesResponse], { description: '[{body, meeting, date, present, decisions: [{kind, ref, outcome, motivation, decidedBy}], recordedBy, recordedAt}]' })
  @ApiReadErrors({ notFound: true })
  list(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new ListBodyMinutesQuery(id, toAsOf(query)));
  }
}
