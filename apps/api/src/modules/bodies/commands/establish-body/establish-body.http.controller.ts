import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { EstablishBodyCommand } from './establish-body.command';
import { EstablishBodyRequestDto } from './establish-body.request.dto';

@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class EstablishBodyHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @HttpCode(201)
  @ApiOperation({ summary: "Establish a governance body (admin)" })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  establishBody(@Body() body: EstablishBodyRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new EstablishBodyCommand(body, options));
  }
}
