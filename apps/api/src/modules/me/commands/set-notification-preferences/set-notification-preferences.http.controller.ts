import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { SetNotificationPreferencesCommand } from './set-notification-preferences.command';
import { SetNotificationPreferencesRequestDto } from './set-notification-preferences.request.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class SetNotificationPreferencesHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put('notification-preferences')
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose what the signed-in principal is told, e-mail on or off, and its language (sv/en)' })
  @ApiOkResponse({ description: 'the principal\'s preferences and address; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  set(@Body() body: SetNotificationPreferencesRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new SetNotificationPreferencesCommand(body, options));
  }
}
