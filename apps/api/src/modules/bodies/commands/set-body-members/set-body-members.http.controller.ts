import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { SetBodyMembersCommand } from './set-body-members.command';
import { SetBodyMembersRequestDto } from './set-body-members.request.dto';

@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class SetBodyMembersHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':id/members')
  @HttpCode(200)
  @ApiOperation({ summary: "Replace a body's members (admin)" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  setBodyMembers(@Param('id') id: string, @Body() body: SetBodyMembersRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new SetBodyMembersCommand(id, body, options));
  }
}
