import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { StakeholderResponse } from '../../stakeholders.response';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetStakeholderQuery } from './get-stakeholder.query-handler';

@ApiTags('stakeholders')
@ApiBearerAuth()
@CachedRead()
@Controller('stakeholders')
export class GetStakeholderHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One stakeholder, as GET /stakeholders lists it' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(StakeholderResponse, { description: 'One stakeholder, as GET /stakeholders lists it' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetStakeholderQuery(id, toAsOf(query)));
  }
}
