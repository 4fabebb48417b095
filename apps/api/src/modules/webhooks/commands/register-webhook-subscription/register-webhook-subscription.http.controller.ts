import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Represented, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetWebhookSubscriptionQuery } from '../../queries/get-webhook-subscription/get-webhook-subscription.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RegisterWebhookSubscriptionCommand } from './register-webhook-subscription.command';
import { RegisterWebhookSubscriptionRequestDto } from './register-webhook-subscription.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionWithSecretResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class RegisterWebhookSubscriptionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('')
  @Represented({
    read: (r) => new GetWebhookSubscriptionQuery((r.resource as { id: string }).id, undefined),
    keep: ['secret'],
    location: (r) => `/webhooks/${segment((r.resource as { id: string }).id)}`,
  })
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a webhook subscription (admin); the answer carries its secret, this once' })
  @ApiWriteAnswer(WebhookSubscriptionWithSecretResponse, { status: 201, location: true, description: 'the subscription as GET /webhooks/:id shows it, with its `secret` this once; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  register(@Body() body: RegisterWebhookSubscriptionRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RegisterWebhookSubscriptionCommand(body, options));
  }
}
