import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RegisterSystemCommand } from './register-system.command';
import { RegisterSystemRequestDto } from './register-system.request.dto';

@ApiTags('systems')
@ApiBearerAuth()
@Controller('systems')
export class RegisterSystemHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @HttpCode(201)
  @ApiOperation({ summary: "Register an IT system (admin)" })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  registerSystem(@Body() body: RegisterSystemRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RegisterSystemCommand(body, options));
  }
}
