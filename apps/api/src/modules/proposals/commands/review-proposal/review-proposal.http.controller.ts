import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalUseCases, ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { ReviewProposalRequestDto } from './review-proposal.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class ReviewProposalHttpController {
  constructor(@Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases) {}

  @Post(':id/reviews')
  @HttpCode(201)
  @ApiOperation({ summary: "Review a proposal on behalf of a stakeholder (reviewer of that stakeholder)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ProposalResponse, { status: 201, description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  reviewProposal(@Param('id') id: string, @Body() body: ReviewProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ProposalWrite> {
    return this.proposals.reviewProposal(id, { stakeholder: body.stakeholder, verdict: body.verdict, comment: body.comment }, options);
  }
}
