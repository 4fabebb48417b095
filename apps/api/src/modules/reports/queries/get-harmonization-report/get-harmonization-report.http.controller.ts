import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { HARMONIZATION_TABLES } from '../../report-csv';
import { ReportQueryDto } from '../../../../infrastructure/http/report-format';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { GetHarmonizationReportQuery } from './get-harmonization-report.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { HarmonizationReportResponse } from '../../reports.response';

@ApiTags('reports')
@ApiBearerAuth()
@CachedRead()
@Controller('reports')
export class GetHarmonizationReportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('harmonization')
  @ApiOperation({ summary: 'Harmonization status per process and stakeholder; index per process, per stakeholder, overall' })
  @ApiReadAnswer(HarmonizationReportResponse, { paged: true, csv: true, description: 'JSON, or CSV for Accept: text/csv or ?format=csv' })
  @ApiReadErrors()
  async getHarmonizationReport(
    @Query() query: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const report = await this.queryBus.execute(new GetHarmonizationReportQuery(toAsOf(query)));
    return answerJsonOrCsv(res, 'harmonization', HARMONIZATION_TABLES, { query, accept, acceptLanguage }, report);
  }
}
