import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RetireStakeholderCommand } from './retire-stakeholder.command';
import { RetireStakeholderRequestDto } from './retire-stakeholder.request.dto';

@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('stakeholders')
export class RetireStakeholderHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/retire')
  @HttpCode(200)
  @ApiOperation({ summary: "Retire a stakeholder (admin)" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  retireStakeholder(@Param('id') id: string, @Body() body: RetireStakeholderRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RetireStakeholderCommand(id, body, options));
  }
}
