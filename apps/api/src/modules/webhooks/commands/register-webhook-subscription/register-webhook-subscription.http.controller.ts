import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RegisterWebhookSubscriptionCommand } from './register-webhook-subscription.command';
import { RegisterWebhookSubscriptionRequestDto } from './register-webhook-subscription.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionWriteResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class RegisterWebhookSubscriptionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a webhook subscription (admin); the answer carries its secret, this once' })
  @ApiWriteAnswer(WebhookSubscriptionWriteResponse, { status: 201, description: 'the subscription with `secret`; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  register(@Body() body: RegisterWebhookSubscriptionRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RegisterWebhookSubscriptionCommand(body, options));
  }
}
