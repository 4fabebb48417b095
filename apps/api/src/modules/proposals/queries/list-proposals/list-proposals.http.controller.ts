import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { PROPOSAL_TABLES } from './proposals.csv-tables';
import type { ProposalFilter } from '@samsyn/projections/read-model-queries.port';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { ListProposalsQuery } from './list-proposals.query-handler';
import { ListProposalsRequestDto } from './list-proposals.request.dto';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@CachedRead()
@Controller('proposals')
export class ListProposalsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The proposal board: by status, by process, awaiting a stakeholder’s review or a body’s decision' })
  @ApiReadAnswer([ProposalResponse], { paged: true, csv: true, description: 'proposals' })
  @ApiReadErrors()
  async listProposals(
    @Query() query: ListProposalsRequestDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const filter: ProposalFilter = {};
    if (query.status !== undefined) filter.status = query.status;
    if (query.process !== undefined) filter.process = query.process;
    if (query.awaitingStakeholder !== undefined) filter.awaitingStakeholder = query.awaitingStakeholder;
    if (query.awaitingBody !== undefined) filter.awaitingBody = query.awaitingBody;
    const proposals = await this.queryBus.execute(new ListProposalsQuery(filter, toAsOf(query)));
    return answerJsonOrCsv(res, 'proposals', PROPOSAL_TABLES, { query, accept, acceptLanguage }, proposals);
  }
}
