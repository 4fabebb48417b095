import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetProcessQuery } from '../../../processes/queries/get-process/get-process.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { AdoptionUseCases } from '@samsyn/application/adoptions.port';
import type { ProcessState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { ADOPTION_USE_CASES } from '../../adoptions.di-tokens';
import { RecordAdoptionRequestDto } from './record-adoption.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CatalogueEntryResponse } from '../../../processes/processes.response';

@ApiTags('adoptions')
@ApiBearerAuth()
@Controller('processes')
export class RecordAdoptionHttpController {
  constructor(@Inject(ADOPTION_USE_CASES) private readonly adoptions: AdoptionUseCases) {}

  @Post(':id/adoptions')
  @Represented({ read: (_r, req) => new GetProcessQuery(requestId(req), undefined) })
  @HttpCode(201)
  @ApiOperation({ summary: "Record that a stakeholder adopted a revision (process-owner or reviewer of that stakeholder)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(CatalogueEntryResponse, { status: 201, description: 'the process as GET /processes/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  recordAdoption(@Param('id') id: string, @Body() body: RecordAdoptionRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProcessState>> {
    return this.adoptions.recordAdoption(id, { stakeholder: body.stakeholder, revision: body.revision, adoptedOn: body.adoptedOn }, options);
  }
}
