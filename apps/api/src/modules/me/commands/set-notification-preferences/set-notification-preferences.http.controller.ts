import { Body, Controller, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { RecipientUseCases } from '@samsyn/application/recipients.port';
import type { RecipientState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RECIPIENT_USE_CASES } from '../../me.di-tokens';
import { SetNotificationPreferencesRequestDto } from './set-notification-preferences.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { RecipientStateResponse } from '../../me.response';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class SetNotificationPreferencesHttpController {
  constructor(@Inject(RECIPIENT_USE_CASES) private readonly recipients: RecipientUseCases) {}

  @Put('notification-preferences')
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose what the signed-in principal is told, e-mail on or off, and its language (sv/en)' })
  @ApiWriteAnswer(RecipientStateResponse, { description: 'the principal\'s preferences and address; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  set(@Body() body: SetNotificationPreferencesRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<RecipientState>> {
    // The principal is always the caller: preferences are set by the principal itself.
    return this.recipients.setNotificationPreferences(options.principal.id, { kinds: body.kinds, email: body.email, language: body.language }, options);
  }
}
