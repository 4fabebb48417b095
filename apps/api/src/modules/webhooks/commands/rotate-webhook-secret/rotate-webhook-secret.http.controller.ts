import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetWebhookSubscriptionQuery } from '../../queries/get-webhook-subscription/get-webhook-subscription.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionWithSecretResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class RotateWebhookSecretHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/rotate-secret')
  @Represented({ read: (_r, req) => new GetWebhookSubscriptionQuery(requestId(req), undefined), keep: ['secret'] })
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a webhook subscription a new secret (admin); the answer carries it, this once' })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(WebhookSubscriptionWithSecretResponse, { description: 'the subscription as GET /webhooks/:id shows it, with the new `secret` this once; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  rotate(@Param('id') id: string, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RotateWebhookSecretCommand(id, options));
  }
}
