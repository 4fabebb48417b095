import { Body, Controller, HttpCode, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetWebhookSubscriptionQuery } from '../../queries/get-webhook-subscription/get-webhook-subscription.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { UpdateWebhookSubscriptionCommand } from './update-webhook-subscription.command';
import { UpdateWebhookSubscriptionRequestDto } from './update-webhook-subscription.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class UpdateWebhookSubscriptionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Patch(':id')
  @Represented({ read: (_r, req) => new GetWebhookSubscriptionQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Change a webhook subscription's URL, filter or description (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(WebhookSubscriptionResponse, { description: 'the subscription as GET /webhooks/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  update(@Param('id') id: string, @Body() body: UpdateWebhookSubscriptionRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new UpdateWebhookSubscriptionCommand(id, body, options));
  }
}
