import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ListBodiesQuery } from './list-bodies.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { GovernanceBodyResponse } from '../../bodies.response';

@ApiTags('bodies')
@ApiBearerAuth()
@CachedRead()
@Controller('bodies')
export class ListBodiesHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: "The governance bodies with their levels, parents and members" })
  @ApiReadAnswer([GovernanceBodyResponse], { description: "The governance bodies with their levels, parents and members" })
  @ApiReadErrors()
  listBodies(@Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new ListBodiesQuery(toAsOf(query)));
  }
}
