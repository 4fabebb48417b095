import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import type { PatchOperation, ProcessDefinition } from '@samsyn/domain/process';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { ApiError, notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { previewProposal, type ProposalPreview } from './preview-proposal';
import { PreviewProposalRequestDto } from './preview-proposal.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProposalPreviewResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('processes')
export class PreviewProposalHttpController {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  @Post(':id/proposals/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dry run of a proposal: required level and why, reviewers, touched steps, systems and terms; writes nothing' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(ProposalPreviewResponse, { description: '{requiredLevel, reasons, reviewers, touched: {steps, handovers, systems, terms}, definition}' })
  @ApiReadErrors({ notFound: true })
  @ApiResponse({ status: 422, description: 'PATCH_DOES_NOT_APPLY, REVISION_UNKNOWN', type: ApiErrorDto })
  async preview(@Param('id') id: string, @Body() body: PreviewProposalRequestDto): Promise<ProposalPreview> {
    const process = (await this.queries.process(id)) as { participants: string[] } | null;
    if (!process) throw notFound(`process ${id}`);
    const base = (await this.queries.revision(id, body.baseRevision)) as { definition: ProcessDefinition } | null;
    if (!base) throw new ApiError(422, 'REVISION_UNKNOWN', `process ${id} has no revision ${body.baseRevision}`);
    return previewProposal(base.definition, process.participants, body.changes as unknown as PatchOperation[]);
  }
}
