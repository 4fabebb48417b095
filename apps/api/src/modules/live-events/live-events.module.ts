import { Module } from '@nestjs/common';
import { LiveEventHub } from './hub/live-event-hub';
import { StreamLiveEventsHttpController } from './queries/stream-live-events/stream-live-events.http.controller';

@Module({
  controllers: [StreamLiveEventsHttpController],
  providers: [LiveEventHub],
})
export class LiveEventsModule {}
