import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { GetProposalQuery } from './get-proposal.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@CachedRead()
@Controller('proposals')
export class GetProposalHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: "One proposal (ETag: <proposal stream revision>-<body digest>)" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(ProposalResponse, { description: "One proposal (ETag: <proposal stream revision>-<body digest>)" })
  @ApiReadErrors({ notFound: true })
  getProposal(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetProposalQuery(id, toAsOf(query)));
  }
}
