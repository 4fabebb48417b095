import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Observable } from 'rxjs';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import { toLiveEventMessage, type LiveEventMessage } from './live-event-message';
import { StreamLiveEventsQuery } from './stream-live-events.query';

/** The store's catch-up subscription as an Observable; unsubscribing (client gone) stops it. */
@QueryHandler(StreamLiveEventsQuery)
export class StreamLiveEventsHandler implements IQueryHandler<StreamLiveEventsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(q: StreamLiveEventsQuery): Promise<Observable<LiveEventMessage>> {
    return new Observable<LiveEventMessage>((subscriber) => {
      const subscription = this.store.subscribe({
        ...(q.after === undefined ? {} : { after: q.after }),
        onEvent: (event) => {
          if (!subscriber.closed) subscriber.next(toLiveEventMessage(event));
        },
        onError: (error) => subscriber.error(error),
      });
      return () => {
        void subscription.stop();
      };
    });
  }
}
