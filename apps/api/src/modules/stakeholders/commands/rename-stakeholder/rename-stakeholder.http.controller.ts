import { Body, Controller, HttpCode, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RenameStakeholderCommand } from './rename-stakeholder.command';
import { RenameStakeholderRequestDto } from './rename-stakeholder.request.dto';

@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('stakeholders')
export class RenameStakeholderHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Patch(':id')
  @HttpCode(200)
  @ApiOperation({ summary: "Rename a stakeholder (admin)" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  renameStakeholder(@Param('id') id: string, @Body() body: RenameStakeholderRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RenameStakeholderCommand(id, body, options));
  }
}
