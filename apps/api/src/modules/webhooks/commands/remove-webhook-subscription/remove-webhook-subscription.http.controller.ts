import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RemoveWebhookSubscriptionCommand } from './remove-webhook-subscription.command';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionWriteResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class RemoveWebhookSubscriptionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a webhook subscription (admin): no more deliveries, its secret erased' })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(WebhookSubscriptionWriteResponse, { description: 'the subscription, status "removed"; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  remove(@Param('id') id: string, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RemoveWebhookSubscriptionCommand(id, options));
  }
}
