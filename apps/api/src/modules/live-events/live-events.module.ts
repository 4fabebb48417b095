import { Module } from '@nestjs/common';
import { StreamLiveEventsHandler } from './queries/stream-live-events/stream-live-events.handler';
import { StreamLiveEventsHttpController } from './queries/stream-live-events/stream-live-events.http.controller';

@Module({
  controllers: [StreamLiveEventsHttpController],
  providers: [StreamLiveEventsHandler],
})
export class LiveEventsModule {}
