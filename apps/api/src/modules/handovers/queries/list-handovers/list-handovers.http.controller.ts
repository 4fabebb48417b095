import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { HANDOVER_TABLES } from './handovers.csv-tables';
import { ListHandoversQuery } from './list-handovers.query-handler';
import { ListHandoversRequestDto } from './list-handovers.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { HandoverRegisterResponse } from '../../handovers.response';

@ApiTags('handovers')
@ApiBearerAuth()
@CachedRead()
@Controller('handovers')
export class ListHandoversHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Every handover between two organisations in the head revisions, flagged where the sides share no system or no common term (docs/harmonization.md)' })
  @ApiReadAnswer(HandoverRegisterResponse, { paged: true, csv: true, description: 'JSON, or CSV (table handovers) for Accept: text/csv or ?format=csv' })
  @ApiReadErrors()
  async listHandovers(
    @Query() query: ListHandoversRequestDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const register = await this.queryBus.execute(new ListHandoversQuery(query.stakeholder === undefined ? {} : { stakeholder: query.stakeholder }, toAsOf(query)));
    return answerJsonOrCsv(res, 'handovers', HANDOVER_TABLES, { query, accept, acceptLanguage }, register, { list: 'handovers' });
  }
}
