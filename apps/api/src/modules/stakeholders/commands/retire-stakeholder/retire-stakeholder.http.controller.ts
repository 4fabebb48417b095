import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetStakeholderQuery } from '../../queries/get-stakeholder/get-stakeholder.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { StakeholderUseCases } from '@samsyn/application/registers.port';
import type { StakeholderState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { STAKEHOLDER_USE_CASES } from '../../stakeholders.di-tokens';
import { RetireStakeholderRequestDto } from './retire-stakeholder.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { StakeholderResponse } from '../../stakeholders.response';

@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('stakeholders')
export class RetireStakeholderHttpController {
  constructor(@Inject(STAKEHOLDER_USE_CASES) private readonly stakeholders: StakeholderUseCases) {}

  @Post(':id/retire')
  @Represented({ read: (_r, req) => new GetStakeholderQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Retire a stakeholder (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(StakeholderResponse, { description: 'the stakeholder as GET /stakeholders/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  retireStakeholder(@Param('id') id: string, @Body() body: RetireStakeholderRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<StakeholderState>> {
    return this.stakeholders.retireStakeholder(id, { reason: body.reason }, options);
  }
}
