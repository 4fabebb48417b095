import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { GetReviewCycleQuery } from './get-review-cycle.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ReviewCycleResponse } from '../../process-reviews.response';

// Not a @CachedRead: "next due" and "overdue" are cut for today, which moves without an event.
@ApiTags('processes')
@ApiBearerAuth()
@Controller('processes')
export class GetReviewCycleHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/review-cycle')
  @ApiOperation({ summary: "A process's review cycle: interval, owner, last review, next due, status" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(ReviewCycleResponse, { description: '{processId, cycle, lastReview, view: {nextDue, status, daysOverdue, noChangeReviews, …} | null}' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetReviewCycleQuery(id, toAsOf(query)));
  }
}
