import { Body, Controller, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Represented, segment } from '../../../../infrastructure/http/represented.decorator';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiErrorDto, ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { BPMN_CONTENT_TYPES, bpmnBody } from '../../../processes/commands/import-bpmn/import-bpmn.http.controller';
import { ProposeFromBpmnService, type BpmnProposalPreview } from './propose-from-bpmn.service';
import { ApiReadAnswer, ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { BpmnProposalPreviewResponse } from '../../../processes/processes.response';
import { ProposalResponse } from '../../proposals.response';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('processes')
export class ProposeFromBpmnHttpController {
  constructor(private readonly proposeFromBpmn: ProposeFromBpmnService) {}

  @Post(':id/proposals/from-bpmn')
  @Represented({ location: (r) => `/proposals/${segment((r.resource as { id: string }).id)}` })
  @HttpCode(201)
  @ApiOperation({ summary: 'Submit the change proposal that makes the head revision equal to a BPMN diagram (?preview=1: only show it, with its required level)' })
  @ApiConsumes(...BPMN_CONTENT_TYPES)
  @ApiBody({ description: 'BPMN 2.0 XML', schema: { type: 'string' } })
  @ApiQuery({ name: 'preview', required: false, description: '1: answer 200 {baseRevision, changes, requiredLevel, diff, warnings, unmatched} and write nothing' })
  @ApiQuery({ name: 'rationale', required: false, description: 'the proposal’s rationale (required unless preview)' })
  @ApiResponse({ status: 422, description: 'BPMN_NO_CHANGE, BPMN_TOO_LARGE, BPMN_TOO_COMPLEX, or any refusal of POST /processes/:id/proposals', type: ApiErrorDto })
  @ApiWriteAnswer(ProposalResponse, { status: 201, location: true, description: 'the proposal submitted, as GET /proposals/:id shows it; ETag: "<stream revision>"' })
  @ApiReadAnswer(BpmnProposalPreviewResponse, { description: '?preview=1: the proposal it would be; nothing written' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  async propose(
    @Param('id') id: string,
    @Body() body: unknown,
    @Query('preview') preview: string | undefined,
    @Query('rationale') rationale: string | undefined,
    @WriteOptions() options: ExecutionOptions,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BpmnProposalPreview | ProposalWrite> {
    const only = preview === '1' || preview === 'true';
    if (only) res.status(200);
    return this.proposeFromBpmn.propose({ processId: id, document: bpmnBody(body), preview: only, rationale: typeof rationale === 'string' ? rationale : undefined }, options);
  }
}
