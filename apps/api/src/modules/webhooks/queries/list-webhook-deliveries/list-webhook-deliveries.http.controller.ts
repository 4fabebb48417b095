import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ListWebhookDeliveriesQuery } from './list-webhook-deliveries.query';
import { ListWebhookDeliveriesRequestDto } from './list-webhook-deliveries.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookDeliveriesResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class ListWebhookDeliveriesHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/deliveries')
  @RequireAnyRole('admin')
  @ApiOperation({ summary: "A webhook subscription's delivery log, newest first: attempts, status, last error (admin)" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(WebhookDeliveriesResponse, { description: '{subscriptionId, deliveries: [{deliveryId, position, eventType, status, attempts, lastStatus, lastError, …}], nextBefore}' })
  @ApiReadErrors({ notFound: true })
  list(@Param('id') id: string, @Query() query: ListWebhookDeliveriesRequestDto): Promise<unknown> {
    return this.queryBus.execute(new ListWebhookDeliveriesQuery(id, query.limit === undefined ? 50 : Number(query.limit), query.before === undefined ? undefined : BigInt(query.before)));
  }
}
