import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { PagedCsvQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { CATALOGUE_TABLES } from './catalogue.csv-tables';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { GetCatalogueQuery } from './get-catalogue.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CatalogueEntryResponse } from '../../processes.response';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('catalogue')
export class GetCatalogueHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: "The harmonized process catalogue" })
  @ApiReadAnswer([CatalogueEntryResponse], { paged: true, csv: true, description: "The harmonized process catalogue" })
  @ApiReadErrors()
  async getCatalogue(
    @Query() query: PagedCsvQueryDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const catalogue = await this.queryBus.execute(new GetCatalogueQuery(toAsOf(query)));
    return answerJsonOrCsv(res, 'catalogue', CATALOGUE_TABLES, { query, accept, acceptLanguage }, catalogue);
  }
}
