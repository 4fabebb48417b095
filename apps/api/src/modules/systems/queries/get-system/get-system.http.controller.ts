import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { SystemResponse } from '../../systems.response';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetSystemQuery } from './get-system.query-handler';

@ApiTags('systems')
@ApiBearerAuth()
@CachedRead()
@Controller('systems')
export class GetSystemHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One system with its owner and where it is used, as GET /systems lists it' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(SystemResponse, { description: 'One system with its owner and where it is used, as GET /systems lists it' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetSystemQuery(id, toAsOf(query)));
  }
}
