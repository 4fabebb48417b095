import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetManagementObjectQuery } from '../../queries/get-management-object/get-management-object.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RegisterManagementObjectCommand } from './register-management-object.command';
import { RegisterManagementObjectRequestDto } from './register-management-object.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementObjectResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@Controller('management-objects')
export class RegisterManagementObjectHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @Represented({ read: (_r, req) => new GetManagementObjectQuery(requestId(req), undefined), location: (_r, req) => `/management-objects/${segment(requestId(req))}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Register a management object (förvaltningsobjekt): its systems, processes, object-level body and PM3 roles (admin)" })
  @ApiWriteAnswer(ManagementObjectResponse, { status: 201, location: true, description: 'the object as GET /management-objects/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  registerManagementObject(@Body() body: RegisterManagementObjectRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RegisterManagementObjectCommand(body, options));
  }
}
