import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetWebhookSubscriptionQuery } from '../../queries/get-webhook-subscription/get-webhook-subscription.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { ResumeWebhookSubscriptionCommand } from './resume-webhook-subscription.command';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class ResumeWebhookSubscriptionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/resume')
  @Represented({ read: (_r, req) => new GetWebhookSubscriptionQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a paused webhook subscription (admin): it delivers what it missed, in order' })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(WebhookSubscriptionResponse, { description: 'the subscription as GET /webhooks/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  resume(@Param('id') id: string, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new ResumeWebhookSubscriptionCommand(id, options));
  }
}
