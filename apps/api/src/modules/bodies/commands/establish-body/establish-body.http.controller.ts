import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetBodyQuery } from '../../queries/get-body/get-body.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { BodyUseCases } from '@samsyn/application/registers.port';
import type { GovernanceBodyState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { BODY_USE_CASES } from '../../bodies.di-tokens';
import { EstablishBodyRequestDto } from './establish-body.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { GovernanceBodyResponse } from '../../bodies.response';

@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class EstablishBodyHttpController {
  constructor(@Inject(BODY_USE_CASES) private readonly bodies: BodyUseCases) {}

  @Post('')
  @Represented({ read: (_r, req) => new GetBodyQuery(requestId(req), undefined), location: (_r, req) => `/bodies/${segment(requestId(req))}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Establish a governance body (admin)" })
  @ApiWriteAnswer(GovernanceBodyResponse, { status: 201, location: true, description: 'the body as GET /bodies/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  establishBody(@Body() body: EstablishBodyRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<GovernanceBodyState>> {
    return this.bodies.establishBody({ id: body.id, name: body.name, level: body.level, parent: body.parent, members: body.members }, options);
  }
}
