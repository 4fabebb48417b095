import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { AllowQueryToken } from '../../../../infrastructure/auth/auth.decorators';
import { ApiErrorDto, ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import type { SamsynRequest } from '../../../../infrastructure/http/samsyn-request';
import { LiveEventHub } from '../../hub/live-event-hub';
import { StreamLiveEventsRequestDto } from './stream-live-events.request.dto';
import { ApiTextAnswer } from '../../../../infrastructure/swagger/api-answers';

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
  constructor(private readonly hub: LiveEventHub) {}

  // The hub writes the text/event-stream itself (not @Sse): it needs the socket's backpressure
  // to bound what a slow client can hold, and must end every stream when the server shuts down.
  @Get('live')
  @AllowQueryToken()
  @ApiOperation({
    summary:
      'Server-Sent Events of new events (id = global position), resumable with Last-Event-ID. Auditors and admins get each event as the audit log shows it; everyone else a notice of which resource changed (docs/live-events.md)',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this global position' })
  @ApiTextAnswer('text/event-stream', 'an endless text/event-stream; each data line is an event (audit view) or a resource notice', { conditional: false })
  @ApiResponse({ status: 429, description: 'LIVE_STREAM_LIMIT: too many open streams for this principal or in all (Retry-After)', type: ApiErrorDto })
  @ApiResponse({ status: 503, description: 'SHUTTING_DOWN: the server is stopping (Retry-After)', type: ApiErrorDto })
  @ApiReadErrors()
  async live(
    @Query() query: StreamLiveEventsRequestDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() req: SamsynRequest,
    @Res() res: ServerResponse,
  ): Promise<void> {
    const after = parseLastEventId(lastEventId, query.lastEventId);
    if (req.method === 'HEAD') {
      // Express routes HEAD here too: answer the head of a stream without holding one open.
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' }).end();
      return;
    }
    await this.hub.open(req.principal!, after, res);
  }
}
