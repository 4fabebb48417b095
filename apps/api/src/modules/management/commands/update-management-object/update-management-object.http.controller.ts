import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetManagementObjectQuery } from '../../queries/get-management-object/get-management-object.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { UpdateManagementObjectCommand } from './update-management-object.command';
import { UpdateManagementObjectRequestDto } from './update-management-object.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementObjectResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@Controller('management-objects')
export class UpdateManagementObjectHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':id')
  @Represented({ read: (_r, req) => new GetManagementObjectQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Change a management object's name, systems, processes or body (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ManagementObjectResponse, { description: 'the object as GET /management-objects/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  updateManagementObject(@Param('id') id: string, @Body() body: UpdateManagementObjectRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new UpdateManagementObjectCommand(id, body, options));
  }
}
