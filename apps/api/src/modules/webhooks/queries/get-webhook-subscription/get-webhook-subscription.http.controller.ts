import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { GetWebhookSubscriptionQuery } from './get-webhook-subscription.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { WebhookSubscriptionResponse } from '../../webhooks.response';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class GetWebhookSubscriptionHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @RequireAnyRole('admin')
  @ApiOperation({ summary: 'One webhook subscription: status, why it is paused, where its deliveries stand (admin)' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(WebhookSubscriptionResponse, { description: 'the subscription (ETag: "<stream revision>-<body digest>")' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetWebhookSubscriptionQuery(id, toAsOf(query)));
  }
}
