import type { EventStore } from '@samsyn/event-store';
import { currentSchemaVersion } from '@samsyn/domain/upcasting/schema-versions';
import type { SamsynEvent } from '../projection';

/** Appends hand-built events of the real catalogue with a clock that moves one step per event. */
export class HistoryWriter {
  private clock: number;
  private n = 0;

  constructor(
    readonly store: EventStore,
    start = '2024-01-01T08:00:00.000Z',
    private readonly stepMs = 3_600_000,
  ) {
    this.clock = Date.parse(start);
  }

  get now(): string {
    return new Date(this.clock).toISOString();
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  async emit(streamId: string, event: SamsynEvent, actor = 'admin'): Promise<bigint> {
    this.clock += this.stepMs;
    const r = await this.store.append(
      streamId,
      [
        {
          type: event.type,
          schemaVersion: currentSchemaVersion(event.type),
          data: event.data,
          metadata: { actor, occurredAt: this.now, correlationId: `c${++this.n}`, causationId: null },
        },
      ],
      { expectedRevision: 'any' },
    );
    return r.position;
  }
}
