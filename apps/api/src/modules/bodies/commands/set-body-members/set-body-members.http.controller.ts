import { Body, Controller, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetBodyQuery } from '../../queries/get-body/get-body.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { BodyUseCases } from '@samsyn/application/registers.port';
import type { GovernanceBodyState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { BODY_USE_CASES } from '../../bodies.di-tokens';
import { SetBodyMembersRequestDto } from './set-body-members.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { GovernanceBodyResponse } from '../../bodies.response';

@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class SetBodyMembersHttpController {
  constructor(@Inject(BODY_USE_CASES) private readonly bodies: BodyUseCases) {}

  @Put(':id/members')
  @Represented({ read: (_r, req) => new GetBodyQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Replace a body's members (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(GovernanceBodyResponse, { description: 'the body as GET /bodies/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  setBodyMembers(@Param('id') id: string, @Body() body: SetBodyMembersRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<GovernanceBodyState>> {
    return this.bodies.setBodyMembers(id, { members: body.members }, options);
  }
}
