import { createHash } from 'node:crypto';
import { FORWARDS, NO_STREAM, START, StreamNotFoundError, WrongExpectedVersionError, jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import type { AppendResult, IdempotencyRecord } from '@samsyn/event-store/port';
import { INTERNAL_PREFIX } from './esdb-mapping';

interface IdempotencyEntry {
  [key: string]: string;
  nextRevision: string;
  position: string;
  /** Written since the port's idempotencyRecord; older entries lack it. */
  streamId: string;
}

/** Idempotency keys on EventStoreDB: one internal stream per key, whose first event is the first append's result. */
export class EsdbIdempotency {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly ns: string,
  ) {}

  /** The first append's result under this key, as a replay; null when the key is unused. */
  async read(key: string): Promise<AppendResult | null> {
    const entry = await this.entry(key);
    return entry ? { nextRevision: BigInt(entry.nextRevision), position: BigInt(entry.position), replayed: true } : null;
  }

  async record(key: string): Promise<IdempotencyRecord | null> {
    const entry = await this.entry(key);
    if (!entry || typeof entry.streamId !== 'string') return null;
    return { streamId: entry.streamId, nextRevision: BigInt(entry.nextRevision), position: BigInt(entry.position) };
  }

  /** The first writer of a key wins; a later one returns what the first recorded. */
  async remember(key: string, streamId: string, result: AppendResult): Promise<AppendResult> {
    const data: IdempotencyEntry = { nextRevision: result.nextRevision.toString(), position: result.position.toString(), streamId };
    try {
      await this.client.appendToStream(this.stream(key), jsonEvent({ type: 'samsyn.idempotency', data }), { expectedRevision: NO_STREAM });
      return result;
    } catch (e) {
      if (e instanceof WrongExpectedVersionError) return (await this.read(key)) ?? result;
      throw e;
    }
  }

  private stream(key: string): string {
    return `${this.ns}${INTERNAL_PREFIX}idempotency-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
  }

  private async entry(key: string): Promise<IdempotencyEntry | null> {
    try {
      for await (const r of this.client.readStream(this.stream(key), { direction: FORWARDS, fromRevision: START, maxCount: 1 })) {
        if (!r.event || !r.event.isJson) continue;
        return r.event.data as IdempotencyEntry;
      }
    } catch (e) {
      if (!(e instanceof StreamNotFoundError)) throw e;
    }
    return null;
  }
}
