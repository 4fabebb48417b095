import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetStakeholderQuery } from '../../queries/get-stakeholder/get-stakeholder.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { StakeholderUseCases } from '@samsyn/application/registers.port';
import type { StakeholderState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { STAKEHOLDER_USE_CASES } from '../../stakeholders.di-tokens';
import { RegisterStakeholderRequestDto } from './register-stakeholder.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { StakeholderResponse } from '../../stakeholders.response';

@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('stakeholders')
export class RegisterStakeholderHttpController {
  constructor(@Inject(STAKEHOLDER_USE_CASES) private readonly stakeholders: StakeholderUseCases) {}

  @Post('')
  @Represented({ read: (_r, req) => new GetStakeholderQuery(requestId(req), undefined), location: (_r, req) => `/stakeholders/${segment(requestId(req))}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Register a stakeholder (admin)" })
  @ApiWriteAnswer(StakeholderResponse, { status: 201, location: true, description: 'the stakeholder as GET /stakeholders/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  registerStakeholder(@Body() body: RegisterStakeholderRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<StakeholderState>> {
    return this.stakeholders.registerStakeholder({ id: body.id, name: body.name, kind: body.kind }, options);
  }
}
