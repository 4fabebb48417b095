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
import { SetAdoptionTargetsRequestDto } from './set-adoption-targets.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CatalogueEntryResponse } from '../../../processes/processes.response';

@ApiTags('adoptions')
@ApiBearerAuth()
@Controller('processes')
export class SetAdoptionTargetsHttpController {
  constructor(@Inject(ADOPTION_USE_CASES) private readonly adoptions: AdoptionUseCases) {}

  @Post(':id/adoption-targets')
  @Represented({ read: (_r, req) => new GetProcessQuery(requestId(req), undefined) })
  @HttpCode(201)
  @ApiOperation({ summary: 'Roll-out: set target adoption dates of a revision per participant (a member of the governing body; docs/harmonization.md)' })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(CatalogueEntryResponse, { status: 201, description: 'the process as GET /processes/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  setAdoptionTargets(@Param('id') id: string, @Body() body: SetAdoptionTargetsRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProcessState>> {
    return this.adoptions.setAdoptionTargets(id, { revision: body.revision, targets: body.targets }, options);
  }
}
