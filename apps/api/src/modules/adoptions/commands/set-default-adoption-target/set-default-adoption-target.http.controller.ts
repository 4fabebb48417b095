import { Body, Controller, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetProcessQuery } from '../../../processes/queries/get-process/get-process.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { AdoptionUseCases } from '@samsyn/application/adoptions.port';
import type { ProcessState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { ADOPTION_USE_CASES } from '../../adoptions.di-tokens';
import { SetDefaultAdoptionTargetRequestDto } from './set-default-adoption-target.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CatalogueEntryResponse } from '../../../processes/processes.response';

@ApiTags('adoptions')
@ApiBearerAuth()
@Controller('processes')
export class SetDefaultAdoptionTargetHttpController {
  constructor(@Inject(ADOPTION_USE_CASES) private readonly adoptions: AdoptionUseCases) {}

  @Put(':id/default-adoption-target')
  @Represented({ read: (_r, req) => new GetProcessQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: 'Roll-out: the days after a revision is applied by which each participant should adopt it (process owner or governing body; docs/harmonization.md)' })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(CatalogueEntryResponse, { description: 'the process as GET /processes/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  setDefaultAdoptionTarget(@Param('id') id: string, @Body() body: SetDefaultAdoptionTargetRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProcessState>> {
    return this.adoptions.setDefaultAdoptionTarget(id, { daysAfterApplied: body.daysAfterApplied }, options);
  }
}
