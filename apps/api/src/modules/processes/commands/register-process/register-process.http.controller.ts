import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetProcessQuery } from '../../queries/get-process/get-process.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { ProcessUseCases } from '@samsyn/application/processes.port';
import type { ProcessState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { PROCESS_USE_CASES } from '../../processes.di-tokens';
import { RegisterProcessRequestDto } from './register-process.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CatalogueEntryResponse } from '../../processes.response';

@ApiTags('processes')
@ApiBearerAuth()
@Controller('processes')
export class RegisterProcessHttpController {
  constructor(@Inject(PROCESS_USE_CASES) private readonly processes: ProcessUseCases) {}

  @Post('')
  @Represented({ read: (_r, req) => new GetProcessQuery(requestId(req), undefined), location: (_r, req) => `/processes/${segment(requestId(req))}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Register a process with its first revision (process-owner of ownerStakeholder)" })
  @ApiWriteAnswer(CatalogueEntryResponse, { status: 201, location: true, description: 'the process as GET /processes/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  registerProcess(@Body() body: RegisterProcessRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProcessState>> {
    return this.processes.registerProcess({ id: body.id, name: body.name, ownerStakeholder: body.ownerStakeholder, governingBody: body.governingBody, definition: body.definition }, options);
  }
}
