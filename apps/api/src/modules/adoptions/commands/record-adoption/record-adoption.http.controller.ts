import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RecordAdoptionCommand } from './record-adoption.command';
import { RecordAdoptionRequestDto } from './record-adoption.request.dto';

@ApiTags('adoptions')
@ApiBearerAuth()
@Controller('processes')
export class RecordAdoptionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/adoptions')
  @HttpCode(201)
  @ApiOperation({ summary: "Record that a stakeholder adopted a revision (process-owner or reviewer of that stakeholder)" })
  @ApiParam({ name: 'id' })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  recordAdoption(@Param('id') id: string, @Body() body: RecordAdoptionRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RecordAdoptionCommand(id, body, options));
  }
}
