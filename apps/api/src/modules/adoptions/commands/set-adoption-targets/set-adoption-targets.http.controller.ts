import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { SetAdoptionTargetsCommand } from './set-adoption-targets.command';
import { SetAdoptionTargetsRequestDto } from './set-adoption-targets.request.dto';

@ApiTags('adoptions')
@ApiBearerAuth()
@Controller('processes')
export class SetAdoptionTargetsHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/adoption-targets')
  @HttpCode(201)
  @ApiOperation({ summary: 'Roll-out: set target adoption dates of a revision per participant (a member of the governing body; docs/harmonization.md)' })
  @ApiParam({ name: 'id' })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  setAdoptionTargets(@Param('id') id: string, @Body() body: SetAdoptionTargetsRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new SetAdoptionTargetsCommand(id, body, options));
  }
}
