import { currentSchemaVersion, upcast, type DomainEvent } from '@samsyn/domain';
import type { StoredEvent } from '@samsyn/event-store';

/** Domain events ⇄ stored events: the current schema version on write, upcasting on read, so
 * years-old event shapes stay readable. */
export const samsynEventCodec = {
  toStored(event: DomainEvent): { type: string; schemaVersion: number; data: unknown } {
    return { type: event.type, schemaVersion: currentSchemaVersion(event.type), data: event.data };
  },
  fromStored(stored: Pick<StoredEvent, 'type' | 'schemaVersion' | 'data'>): DomainEvent {
    return upcast(stored);
  },
};
