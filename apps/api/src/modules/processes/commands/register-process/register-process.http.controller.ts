import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RegisterProcessCommand } from './register-process.command';
import { RegisterProcessRequestDto } from './register-process.request.dto';

@ApiTags('processes')
@ApiBearerAuth()
@Controller('processes')
export class RegisterProcessHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @HttpCode(201)
  @ApiOperation({ summary: "Register a process with its first revision (process-owner of ownerStakeholder)" })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  registerProcess(@Body() body: RegisterProcessRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RegisterProcessCommand(body, options));
  }
}
