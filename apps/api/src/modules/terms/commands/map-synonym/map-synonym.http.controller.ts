import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { MapSynonymCommand } from './map-synonym.command';
import { MapSynonymRequestDto } from './map-synonym.request.dto';

@ApiTags('terms')
@ApiBearerAuth()
@Controller('terms')
export class MapSynonymHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/synonyms')
  @HttpCode(201)
  @ApiOperation({ summary: "Map a stakeholder's local synonym onto a term (admin or reviewer of that stakeholder)" })
  @ApiParam({ name: 'id' })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  mapSynonym(@Param('id') id: string, @Body() body: MapSynonymRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new MapSynonymCommand(id, body, options));
  }
}
