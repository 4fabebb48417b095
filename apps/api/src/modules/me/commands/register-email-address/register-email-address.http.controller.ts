import { Body, Controller, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { RecipientUseCases } from '@samsyn/application/recipients.port';
import type { RecipientState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RECIPIENT_USE_CASES } from '../../me.di-tokens';
import { RegisterEmailAddressRequestDto } from './register-email-address.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { RecipientStateResponse } from '../../me.response';

@ApiTags('me')
@ApiBearerAuth()
@Controller('principals')
export class RegisterEmailAddressHttpController {
  constructor(@Inject(RECIPIENT_USE_CASES) private readonly recipients: RecipientUseCases) {}

  @Put(':id/email-address')
  @HttpCode(200)
  @ApiOperation({ summary: "Register where a principal's e-mail goes (an admin, or the principal itself)" })
  @ApiParam({ name: 'id', description: 'principal id (the token\'s sub)' })
  @ApiWriteAnswer(RecipientStateResponse, { description: 'the principal\'s preferences and address; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  register(@Param('id') id: string, @Body() body: RegisterEmailAddressRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<RecipientState>> {
    // The id becomes a stream name: bounded like every other id a client sends.
    if (id.length > 200) throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, 'the principal id is longer than 200 characters', [{ field: 'id', errors: ['at most 200 characters'] }]);
    return this.recipients.registerEmailAddress(id, { address: body.address }, options);
  }
}
