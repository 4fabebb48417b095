import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetWebhookSubscriptionQuery } from '../../queries/get-webhook-subscription/get-webhook-subscription.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { PauseWebhookSubscriptionCommand } from './pause-webhook-subscription.command';
import { PauseWebhookSubscriptionRequestDto } from './pause-webhook-subscription.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class PauseWebhookSubscriptionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/pause')
  @Represented({ read: (_r, req) => new GetWebhookSubscriptionQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause a webhook subscription (admin): nothing is delivered, nothing is skipped, until it is resumed' })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(WebhookSubscriptionResponse, { description: 'the subscription as GET /webhooks/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  pause(@Param('id') id: string, @Body() body: PauseWebhookSubscriptionRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new PauseWebhookSubscriptionCommand(id, { reason: 'admin', note: body?.note ?? null }, options));
  }
}
