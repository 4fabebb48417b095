import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { linkNext } from '../../../../infrastructure/http/paging/paging';
import { ListWebhookDeliveriesQuery } from './list-webhook-deliveries.query-handler';
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
  @ApiReadAnswer(WebhookDeliveriesResponse, { paged: true, description: '{subscriptionId, deliveries: [{deliveryId, position, eventType, status, attempts, lastStatus, lastError, …}], nextBefore}' })
  @ApiReadErrors({ notFound: true })
  async list(@Param('id') id: string, @Query() query: ListWebhookDeliveriesRequestDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const page = (await this.queryBus.execute(new ListWebhookDeliveriesQuery(id, query.limit === undefined ? 50 : Number(query.limit), query.before === undefined ? undefined : BigInt(query.before)))) as { nextBefore: string | null };
    // Newest first, so the next page is `before` the last entry (docs/webhooks.md).
    linkNext(res, page.nextBefore, 'before');
    return page;
  }
}
