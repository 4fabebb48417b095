import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { ListSystemsQuery } from './list-systems.query-handler';
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
  @ApiReadAnswer([SystemResponse], { paged: true, description: "The system register: owners and where each system is used" })
  @ApiReadErrors()
  async listSystems(@Query() query: PageQueryDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    return answerPage(res, query, (await this.queryBus.execute(new ListSystemsQuery(toAsOf(query)))) as unknown[]);
  }
}
