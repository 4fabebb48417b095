import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalUseCases, ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { WithdrawProposalRequestDto } from './withdraw-proposal.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class WithdrawProposalHttpController {
  constructor(@Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases) {}

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: "Withdraw a proposal before a decision (the submitter)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ProposalResponse, { description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  withdrawProposal(@Param('id') id: string, @Body() body: WithdrawProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ProposalWrite> {
    return this.proposals.withdrawProposal(id, { reason: body.reason }, options);
  }
}
