import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ReportQueryDto } from '../../../../infrastructure/http/report-format';
import { GetVariantReportQuery } from './get-variant-report.query-handler';
import { VARIANT_TABLES } from './variant-report.csv-tables';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { VariantReportResponse } from '../../reports.response';

@ApiTags('reports')
@ApiBearerAuth()
@CachedRead()
@Controller('reports')
export class GetVariantReportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('variants')
  @ApiOperation({ summary: 'Per process, the organisations that deviate, on which steps and handovers, since when and how many revisions behind (docs/harmonization.md)' })
  @ApiReadAnswer(VariantReportResponse, { paged: true, csv: true, description: 'JSON, or CSV (tables variants, overall) for Accept: text/csv or ?format=csv' })
  @ApiReadErrors()
  async getVariantReport(
    @Query() query: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const report = await this.queryBus.execute(new GetVariantReportQuery(toAsOf(query)));
    return answerJsonOrCsv(res, 'variants', VARIANT_TABLES, { query, accept, acceptLanguage }, report);
  }
}
