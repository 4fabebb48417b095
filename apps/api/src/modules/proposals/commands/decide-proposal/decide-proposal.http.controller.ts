import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalUseCases, ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { DecideProposalRequestDto } from './decide-proposal.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class DecideProposalHttpController {
  constructor(@Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases) {}

  @Post(':id/decisions')
  @HttpCode(201)
  @ApiOperation({ summary: "Decide an escalated proposal: approve, reject or escalate (member of the holding body)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ProposalResponse, { status: 201, description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  decideProposal(@Param('id') id: string, @Body() body: DecideProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ProposalWrite> {
    return this.proposals.decideProposal(id, { body: body.body, outcome: body.outcome, motivation: body.motivation }, options);
  }
}
