import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RegisterStakeholderCommand } from './register-stakeholder.command';
import { RegisterStakeholderRequestDto } from './register-stakeholder.request.dto';

@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('stakeholders')
export class RegisterStakeholderHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @HttpCode(201)
  @ApiOperation({ summary: "Register a stakeholder (admin)" })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  registerStakeholder(@Body() body: RegisterStakeholderRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RegisterStakeholderCommand(body, options));
  }
}
