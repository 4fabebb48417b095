import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalUseCases, ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { patchOf } from '../../../../infrastructure/validation/patch-operation.dto';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { AmendProposalRequestDto } from './amend-proposal.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class AmendProposalHttpController {
  constructor(@Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases) {}

  @Post(':id/amend')
  @HttpCode(200)
  @ApiOperation({ summary: "Amend a proposal: new changes and/or base; reviews restart (the submitter)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ProposalResponse, { description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  amendProposal(@Param('id') id: string, @Body() body: AmendProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ProposalWrite> {
    return this.proposals.amendProposal(id, { baseRevision: body.baseRevision, changes: patchOf(body.changes), rationale: body.rationale }, options);
  }
}
