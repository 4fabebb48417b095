import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { Principal } from '@samsyn/domain/shared';
import type { EventStore, StoredEvent, Subscription } from '@samsyn/event-store';
import type { ApiConfig } from '../../../infrastructure/config/api-config';
import type { Logger } from '../../../infrastructure/logging/logger';
import { API_CONFIG, EVENT_STORE, LOGGER } from '../../../infrastructure/tokens';
import { audienceOf, liveEventPayload, type LiveAudience } from '../audience/live-event-view';
import { LiveStreamLimits } from '../limits/live-stream-limits';
import { liveStreamLimitError, shuttingDownError } from './live-event-errors';
import { liveEventSettings, type LiveEventSettings } from './live-event-settings';
import { HEARTBEAT_FRAME, SseConnection, sseFrame } from './sse-connection';

const CATCH_UP_PAGE = 200;

/**
 * Every GET /events/live stream hangs off one shared feed: a single catch-up subscription of the
 * store, started at the head when the first stream opens, whose events are fanned out to the open
 * streams, each framed once per audience. One heartbeat timer serves them all. An idle stream is
 * therefore a socket and a small record: no store subscription, poll, timer or queue of its own.
 * A stream that resumes (Last-Event-ID) reads what it missed from the store, page by page at the
 * pace its client reads, and then joins the feed; one that missed more than `maxCatchUp` events
 * gets a `reset` frame instead (refetch, then follow live).
 */
@Injectable()
export class LiveEventHub implements OnModuleDestroy {
  private readonly settings: LiveEventSettings;
  private readonly limits: LiveStreamLimits;
  private readonly connections = new Set<SseConnection>();
  private feed: Subscription | null = null;
  private starting: Promise<void> | null = null;
  /** The last position the feed delivered, or the head it started after. */
  private position = 0n;
  private heartbeat: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(API_CONFIG) config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.settings = liveEventSettings(config);
    this.limits = new LiveStreamLimits(this.settings);
  }

  /** Open streams in all, or of one principal; and how many store subscriptions serve them (0 or 1). */
  stats(principalId?: string): { streams: number; feeds: number } {
    return { streams: this.limits.count(principalId), feeds: this.feed ? 1 : 0 };
  }

  /**
   * Opens the stream on `res`, or refuses (429 past a limit, 503 while shutting down) before
   * anything is written, so the error goes out as the usual JSON body.
   */
  async open(principal: Principal, after: bigint | undefined, res: ServerResponse): Promise<void> {
    if (this.closing) throw shuttingDownError(res);
    const slot = this.limits.acquire(principal.id);
    if (!slot.granted) throw liveStreamLimitError(res, slot.scope, slot.limit);
    let head: bigint | null;
    try {
      await this.startFeed();
      head = await this.store.headPosition();
    } catch (error) {
      slot.release();
      throw error;
    }
    if (this.closing) {
      slot.release();
      throw shuttingDownError(res);
    }
    if (res.destroyed || res.socket === null || res.socket.destroyed) {
      slot.release(); // the client left while the feed started
      return;
    }
    // A position past the head resumes at the head: nothing can come after a position that is not there yet.
    const start = after === undefined ? this.position : after > (head ?? 0n) ? (head ?? 0n) : after;
    const connection = new SseConnection(principal.id, audienceOf(principal), res, this.settings.maxBufferedBytes, start);
    this.connections.add(connection);
    connection.onClose(() => {
      this.connections.delete(connection);
      slot.release();
      if (this.connections.size === 0) this.stopHeartbeat();
    });
    connection.open();
    this.startHeartbeat();
    if (start < this.position) await this.catchUp(connection, start);
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.stopHeartbeat();
    for (const c of this.connections) c.end();
    await this.starting?.catch(() => undefined);
    const feed = this.feed;
    this.feed = null;
    await feed?.stop();
  }

  private startFeed(): Promise<void> {
    if (this.feed) return Promise.resolve();
    this.starting ??= (async () => {
      const head = (await this.store.headPosition()) ?? 0n;
      this.position = head;
      this.feed = this.store.subscribe({ after: head, onEvent: (e) => this.fanOut(e), onError: (e) => this.feedFailed(e) });
    })().finally(() => (this.starting = null));
    return this.starting;
  }

  private fanOut(e: StoredEvent): void {
    this.position = e.position;
    const frames = new Map<LiveAudience, string | null>();
    for (const c of this.connections) {
      if (c.catchingUp || e.position <= c.lastSent) continue;
      c.lastSent = e.position;
      const frame = this.frameOf(e, c.audience, frames);
      if (frame !== null) c.write(frame);
    }
  }

  private frameOf(e: StoredEvent, audience: LiveAudience, frames: Map<LiveAudience, string | null>): string | null {
    let frame = frames.get(audience);
    if (frame === undefined) {
      const payload = liveEventPayload(e, audience);
      frame = payload === null ? null : sseFrame(e.position.toString(), JSON.stringify(payload));
      frames.set(audience, frame);
    }
    return frame;
  }

  /** What the client missed, read at its own pace; the feed skips it meanwhile. */
  private async catchUp(c: SseConnection, from: bigint): Promise<void> {
    c.catchingUp = true;
    let cursor = from;
    let read = 0;
    try {
      while (!c.closed && cursor < this.position) {
        // Positions are gapless in SQLite and PostgreSQL, so their distance counts what was missed
        // (EventStoreDB's are sparser: it resets sooner, which only costs the client a refetch).
        if (read >= this.settings.maxCatchUp || this.position - cursor > BigInt(this.settings.maxCatchUp - read)) {
          // Too far behind to replay here (the audit log pages history): start over from now.
          cursor = this.position;
          c.write(sseFrame(cursor.toString(), JSON.stringify({ position: cursor.toString() }), 'reset'));
          break;
        }
        const page = await this.store.readAll({ after: cursor, maxCount: Math.min(CATCH_UP_PAGE, this.settings.maxCatchUp - read) });
        if (page.length === 0) break;
        for (const e of page) {
          cursor = e.position;
          const payload = liveEventPayload(e, c.audience);
          if (payload !== null && !c.write(sseFrame(cursor.toString(), JSON.stringify(payload)))) await c.drained();
          if (c.closed) return;
        }
        read += page.length;
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'live events: catching a stream up failed; it is ended and may resume');
      c.end();
      return;
    } finally {
      // No await between the last check and this: the next event the feed delivers is after `cursor`.
      if (cursor > c.lastSent) c.lastSent = cursor;
      c.catchingUp = false;
    }
  }

  private feedFailed(error: unknown): void {
    this.logger.error({ err: error }, 'live events: the shared store subscription failed; open streams are ended and may resume');
    this.feed = null;
    for (const c of this.connections) c.end();
  }

  private startHeartbeat(): void {
    if (this.heartbeat !== null || this.settings.heartbeatMs === 0) return;
    this.heartbeat = setInterval(() => {
      for (const c of this.connections) c.write(HEARTBEAT_FRAME);
    }, this.settings.heartbeatMs);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}
