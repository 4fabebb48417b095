import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, segment } from '../../../../infrastructure/http/represented.decorator';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalUseCases, ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { patchOf } from '../../../../infrastructure/validation/patch-operation.dto';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { SubmitProposalRequestDto } from './submit-proposal.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('processes')
export class SubmitProposalHttpController {
  constructor(@Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases) {}

  @Post(':id/proposals')
  @Represented({ location: (r) => `/proposals/${segment((r.resource as { id: string }).id)}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Submit a change or deviation proposal (process-owner of a participant)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ProposalResponse, { status: 201, location: true, description: 'the proposal as GET /proposals/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  submitProposal(@Param('id') id: string, @Body() body: SubmitProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ProposalWrite> {
    return this.proposals.submitProposal(
      id,
      { id: body.id, kind: body.kind, baseRevision: body.baseRevision, changes: patchOf(body.changes), rationale: body.rationale, reviewDeadline: body.reviewDeadline, stakeholder: body.stakeholder },
      options,
    );
  }
}
