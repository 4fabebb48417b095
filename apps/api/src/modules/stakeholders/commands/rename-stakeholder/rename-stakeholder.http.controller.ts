import { Body, Controller, HttpCode, Inject, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetStakeholderQuery } from '../../queries/get-stakeholder/get-stakeholder.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { StakeholderUseCases } from '@samsyn/application/registers.port';
import type { StakeholderState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { STAKEHOLDER_USE_CASES } from '../../stakeholders.di-tokens';
import { RenameStakeholderRequestDto } from './rename-stakeholder.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { StakeholderResponse } from '../../stakeholders.response';

@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('stakeholders')
export class RenameStakeholderHttpController {
  constructor(@Inject(STAKEHOLDER_USE_CASES) private readonly stakeholders: StakeholderUseCases) {}

  @Patch(':id')
  @Represented({ read: (_r, req) => new GetStakeholderQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Rename a stakeholder (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(StakeholderResponse, { description: 'the stakeholder as GET /stakeholders/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  renameStakeholder(@Param('id') id: string, @Body() body: RenameStakeholderRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<StakeholderState>> {
    return this.stakeholders.renameStakeholder(id, { name: body.name }, options);
  }
}
