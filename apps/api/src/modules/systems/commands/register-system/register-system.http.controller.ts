import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetSystemQuery } from '../../queries/get-system/get-system.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { SystemUseCases } from '@samsyn/application/registers.port';
import type { SystemState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { SYSTEM_USE_CASES } from '../../systems.di-tokens';
import { RegisterSystemRequestDto } from './register-system.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { SystemResponse } from '../../systems.response';

@ApiTags('systems')
@ApiBearerAuth()
@Controller('systems')
export class RegisterSystemHttpController {
  constructor(@Inject(SYSTEM_USE_CASES) private readonly systems: SystemUseCases) {}

  @Post('')
  @Represented({ read: (_r, req) => new GetSystemQuery(requestId(req), undefined), location: (_r, req) => `/systems/${segment(requestId(req))}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Register an IT system (admin)" })
  @ApiWriteAnswer(SystemResponse, { status: 201, location: true, description: 'the system as GET /systems/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  registerSystem(@Body() body: RegisterSystemRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<SystemState>> {
    return this.systems.registerSystem({ id: body.id, name: body.name, ownerStakeholder: body.ownerStakeholder, governingBody: body.governingBody }, options);
  }
}
