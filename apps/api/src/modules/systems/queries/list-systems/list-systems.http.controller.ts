import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ListSystemsQuery } from './list-systems.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { SystemResponse } from '../../systems.response';

@ApiTags('systems')
@ApiBearerAuth()
@CachedRead()
@Controller('systems')
export class ListSystemsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: "The system register: owners and where each system is used" })
  @ApiReadAnswer([SystemResponse], { description: "The system register: owners and where each system is used" })
  @ApiReadErrors()
  listSystems(@Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new ListSystemsQuery(toAsOf(query)));
  }
}
