import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { GovernanceBodyResponse } from '../../bodies.response';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetBodyQuery } from './get-body.query-handler';

@ApiTags('bodies')
@ApiBearerAuth()
@CachedRead()
@Controller('bodies')
export class GetBodyHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One governance body with its level, parent and members, as GET /bodies lists it' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(GovernanceBodyResponse, { description: 'One governance body with its level, parent and members, as GET /bodies lists it' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetBodyQuery(id, toAsOf(query)));
  }
}
