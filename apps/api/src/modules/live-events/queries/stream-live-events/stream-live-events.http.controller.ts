import { Controller, Headers, Query, Sse } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { from, mergeMap, type Observable } from 'rxjs';
import { AllowQueryToken } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import type { LiveEventMessage } from './live-event-message';
import { StreamLiveEventsQuery } from './stream-live-events.query';
import { StreamLiveEventsRequestDto } from './stream-live-events.request.dto';

const parseLastEventId = (header: string | undefined, query: string | undefined): bigint | undefined => {
  const v = header ?? query;
  if (v === undefined || v === '') return undefined;
  if (!/^\d{1,19}$/.test(v.trim())) {
    throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, 'Last-Event-ID must be a global position', [{ field: 'Last-Event-ID', errors: ['must be a non-negative integer'] }]);
  }
  return BigInt(v.trim());
};

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class StreamLiveEventsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Sse('live')
  @AllowQueryToken()
  @ApiOperation({ summary: 'Server-Sent Events of new events (id = global position), resumable with Last-Event-ID' })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this global position' })
  @ApiOkResponse({ description: 'an endless text/event-stream; each data line is an event with its metadata' })
  @ApiReadErrors()
  live(@Query() query: StreamLiveEventsRequestDto, @Headers('last-event-id') lastEventId: string | undefined): Observable<LiveEventMessage> {
    const after = parseLastEventId(lastEventId, query.lastEventId);
    return from(this.queryBus.execute(new StreamLiveEventsQuery(after))).pipe(mergeMap((events) => events));
  }
}
