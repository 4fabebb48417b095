import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { intervalEnds, MAX_SERIES_POINTS } from '@samsyn/projections/reports/harmonization-series';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetHarmonizationSeriesQuery } from './get-harmonization-series.query-handler';
import { GetHarmonizationSeriesRequestDto } from './get-harmonization-series.request.dto';
import { HARMONIZATION_SERIES_TABLES } from './harmonization-series.csv-tables';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { HarmonizationSeriesResponse } from '../../reports.response';

const invalid = (field: string, message: string): ApiError =>
  new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, message, [{ field, errors: [message] }]);

@ApiTags('reports')
@ApiBearerAuth()
@CachedRead()
@Controller('reports')
export class GetHarmonizationSeriesHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('harmonization/series')
  @ApiOperation({ summary: 'The harmonization index per process, per organisation and overall at the end of each interval, with drift and adoption lag per revision (docs/harmonization.md)' })
  @ApiReadAnswer(HarmonizationSeriesResponse, { paged: true, csv: true, description: 'JSON, or CSV (tables points, adoption-lag) for Accept: text/csv or ?format=csv' })
  @ApiReadErrors()
  async getHarmonizationSeries(
    @Query() query: GetHarmonizationSeriesRequestDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    // Each point is the index as of its own instant: one asOf for the whole series has no meaning.
    if (query.asOf !== undefined || query.asOfPosition !== undefined) throw invalid('asOf', 'a series takes from and to, not asOf or asOfPosition');
    const from = Date.parse(query.from);
    const to = query.to === undefined ? Date.now() : Date.parse(query.to);
    if (Number.isNaN(from)) throw invalid('from', 'from must be an ISO-8601 date or instant');
    if (Number.isNaN(to)) throw invalid('to', 'to must be an ISO-8601 date or instant');
    if (from > to) throw invalid('from', 'from must not lie after to');
    const interval = query.interval ?? 'month';
    const ends = intervalEnds(new Date(from).toISOString(), new Date(to).toISOString(), interval);
    if (ends === null) throw invalid('interval', `at most ${MAX_SERIES_POINTS} points: choose a longer interval or a shorter span`);
    const series = await this.queryBus.execute(new GetHarmonizationSeriesQuery(ends, interval));
    return answerJsonOrCsv(res, 'harmonization-series', HARMONIZATION_SERIES_TABLES, { query, accept, acceptLanguage }, series);
  }
}
