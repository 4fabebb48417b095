import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetSystemQuery } from '../../queries/get-system/get-system.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { SystemUseCases } from '@samsyn/application/registers.port';
import type { SystemState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { SYSTEM_USE_CASES } from '../../systems.di-tokens';
import { RetireSystemRequestDto } from './retire-system.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { SystemResponse } from '../../systems.response';

@ApiTags('systems')
@ApiBearerAuth()
@Controller('systems')
export class RetireSystemHttpController {
  constructor(@Inject(SYSTEM_USE_CASES) private readonly systems: SystemUseCases) {}

  @Post(':id/retire')
  @Represented({ read: (_r, req) => new GetSystemQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Retire an IT system (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(SystemResponse, { description: 'the system as GET /systems/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  retireSystem(@Param('id') id: string, @Body() body: RetireSystemRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<SystemState>> {
    return this.systems.retireSystem(id, { reason: body.reason }, options);
  }
}
