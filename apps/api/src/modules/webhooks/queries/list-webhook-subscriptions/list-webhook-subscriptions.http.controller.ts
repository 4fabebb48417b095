import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { ListWebhookSubscriptionsQuery } from './list-webhook-subscriptions.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class ListWebhookSubscriptionsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @RequireAnyRole('admin')
  @ApiOperation({ summary: 'Every webhook subscription with its status and where its deliveries stand (admin)' })
  @ApiReadAnswer([WebhookSubscriptionResponse], { paged: true, description: '[{id, url, filter, description, status, paused, registeredAt, …, delivery}]' })
  @ApiReadErrors()
  async list(@Query() query: PageQueryDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    return answerPage(res, query, (await this.queryBus.execute(new ListWebhookSubscriptionsQuery(toAsOf(query)))) as unknown[]);
  }
}
