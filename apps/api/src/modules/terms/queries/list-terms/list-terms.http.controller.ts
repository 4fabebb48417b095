import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { ListTermsQuery } from './list-terms.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { TermResponse } from '../../terms.response';

@ApiTags('terms')
@ApiBearerAuth()
@CachedRead()
@Controller('terms')
export class ListTermsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: "The common nomenclature with local synonyms" })
  @ApiReadAnswer([TermResponse], { paged: true, description: "The common nomenclature with local synonyms" })
  @ApiReadErrors()
  async listTerms(@Query() query: PageQueryDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    return answerPage(res, query, (await this.queryBus.execute(new ListTermsQuery(toAsOf(query)))) as unknown[]);
  }
}
