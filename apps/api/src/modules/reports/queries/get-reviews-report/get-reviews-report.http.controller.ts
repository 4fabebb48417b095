import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { REVIEWS_TABLES } from '../../report-csv';
import { GetReviewsReportQuery } from './get-reviews-report.query-handler';
import { GetReviewsReportRequestDto } from './get-reviews-report.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ReviewsReportResponse } from '../../reports.response';

// Not a @CachedRead: "due" and "overdue" are cut for today, which moves without an event.
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class GetReviewsReportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('reviews')
  @ApiOperation({ summary: 'Process review cycles: the due list and the overdue report (as of a day)' })
  @ApiReadAnswer(ReviewsReportResponse, { paged: true, csv: true, description: '{on, dueWithinDays, processes, due, overdue, withoutCycle}; CSV for Accept: text/csv or ?format=csv (tables: processes, due, overdue)' })
  @ApiReadErrors()
  async getReviewsReport(
    @Query() query: GetReviewsReportRequestDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const report = await this.queryBus.execute(new GetReviewsReportQuery(toAsOf(query), query.dueWithinDays ?? 30));
    return answerJsonOrCsv(res, 'reviews', REVIEWS_TABLES, { query, accept, acceptLanguage }, report);
  }
}
