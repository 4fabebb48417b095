import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ListStakeholdersQuery } from './list-stakeholders.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { StakeholderResponse } from '../../stakeholders.response';

@ApiTags('stakeholders')
@ApiBearerAuth()
@CachedRead()
@Controller('stakeholders')
export class ListStakeholdersHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: "The stakeholders" })
  @ApiReadAnswer([StakeholderResponse], { description: "The stakeholders" })
  @ApiReadErrors()
  listStakeholders(@Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new ListStakeholdersQuery(toAsOf(query)));
  }
}
