import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProposalFilter } from '@samsyn/projections/read-model-queries.port';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { ListProposalsQuery } from './list-proposals.query';
import { ListProposalsRequestDto } from './list-proposals.request.dto';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';

@ApiTags('proposals')
@ApiBearerAuth()
@CachedRead()
@Controller('proposals')
export class ListProposalsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The proposal board: by status, by process, awaiting a stakeholder’s review or a body’s decision' })
  @ApiOkResponse({ description: 'proposals' })
  @ApiReadErrors()
  listProposals(@Query() query: ListProposalsRequestDto): Promise<unknown[]> {
    const filter: ProposalFilter = {};
    if (query.status !== undefined) filter.status = query.status;
    if (query.process !== undefined) filter.process = query.process;
    if (query.awaitingStakeholder !== undefined) filter.awaitingStakeholder = query.awaitingStakeholder;
    if (query.awaitingBody !== undefined) filter.awaitingBody = query.awaitingBody;
    return this.queryBus.execute(new ListProposalsQuery(filter, toAsOf(query)));
  }
}
