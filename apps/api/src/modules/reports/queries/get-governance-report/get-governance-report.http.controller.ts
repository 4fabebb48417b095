import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { GOVERNANCE_TABLES } from '../../report-csv';
import { ReportQueryDto } from '../../../../infrastructure/http/report-format';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { GetGovernanceReportQuery } from './get-governance-report.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { GovernanceReportResponse } from '../../reports.response';

@ApiTags('reports')
@ApiBearerAuth()
@CachedRead()
@Controller('reports')
export class GetGovernanceReportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('governance')
  @ApiOperation({ summary: 'Decisions per level, escalation rate, lead time median and p90' })
  @ApiReadAnswer(GovernanceReportResponse, { paged: true, csv: true, description: 'JSON, or CSV for Accept: text/csv or ?format=csv' })
  @ApiReadErrors()
  async getGovernanceReport(
    @Query() query: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const report = await this.queryBus.execute(new GetGovernanceReportQuery(toAsOf(query)));
    return answerJsonOrCsv(res, 'governance', GOVERNANCE_TABLES, { query, accept, acceptLanguage }, report);
  }
}
