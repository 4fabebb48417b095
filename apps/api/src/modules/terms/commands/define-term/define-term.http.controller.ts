import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { DefineTermCommand } from './define-term.command';
import { DefineTermRequestDto } from './define-term.request.dto';

@ApiTags('terms')
@ApiBearerAuth()
@Controller('terms')
export class DefineTermHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @HttpCode(201)
  @ApiOperation({ summary: "Define a term of the common nomenclature (admin)" })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  defineTerm(@Body() body: DefineTermRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new DefineTermCommand(body, options));
  }
}
