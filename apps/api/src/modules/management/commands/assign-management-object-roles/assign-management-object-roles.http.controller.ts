import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetManagementObjectQuery } from '../../queries/get-management-object/get-management-object.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { AssignManagementObjectRolesCommand } from './assign-management-object-roles.command';
import { AssignManagementObjectRolesRequestDto } from './assign-management-object-roles.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementObjectResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@Controller('management-objects')
export class AssignManagementObjectRolesHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':id/roles')
  @Represented({ read: (_r, req) => new GetManagementObjectQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Assign a management object's roles: objektägare, objektledare verksamhet and IT (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ManagementObjectResponse, { description: 'the object as GET /management-objects/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  assignManagementObjectRoles(@Param('id') id: string, @Body() body: AssignManagementObjectRolesRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new AssignManagementObjectRolesCommand(id, body, options));
  }
}
