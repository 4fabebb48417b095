import { Query } from '@nestjs/cqrs';
import type { Observable } from 'rxjs';
import type { LiveEventMessage } from './live-event-message';

/** Events strictly after `after` (a global position), then live. */
export class StreamLiveEventsQuery extends Query<Observable<LiveEventMessage>> {
  constructor(readonly after: bigint | undefined) {
    super();
  }
}
