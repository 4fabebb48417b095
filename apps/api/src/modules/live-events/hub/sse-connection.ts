import type { ServerResponse } from 'node:http';
import type { LiveAudience } from '../audience/live-event-view';

/** Frames of the SSE wire format (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export const sseFrame = (id: string, data: string, event?: string): string =>
  `${event === undefined ? '' : `event: ${event}\n`}id: ${id}\ndata: ${data}\n\n`;
export const HEARTBEAT_FRAME = ':\n\n';

/**
 * One client's text/event-stream response. It holds no queue of its own: a frame goes straight to
 * the socket, and a client that lets more than `maxBufferedBytes` pile up in the socket's buffer
 * is ended (it reconnects with Last-Event-ID and catches up at its own pace), so a slow or
 * stalled reader costs at most that much memory.
 */
export class SseConnection {
  /** The last position this client has been sent (or chose to skip): nothing at or before it is sent again. */
  lastSent: bigint;
  /** Catching up from the store: the shared fan-out skips it until it has caught up. */
  catchingUp = false;
  private ended = false;

  constructor(
    readonly principalId: string,
    readonly audience: LiveAudience,
    private readonly res: ServerResponse,
    private readonly maxBufferedBytes: number,
    start: bigint,
  ) {
    this.lastSent = start;
  }

  get closed(): boolean {
    return this.ended || this.res.destroyed || this.res.writableEnded;
  }

  open(): void {
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // Proxies such as nginx would otherwise hold the frames back.
      'X-Accel-Buffering': 'no',
    });
    this.res.write(HEARTBEAT_FRAME);
  }

  /** Writes a frame; false when the socket's buffer is past its high-water mark (wait for drain()). */
  write(frame: string): boolean {
    if (this.closed) return false;
    const flushed = this.res.write(frame);
    if (this.res.writableLength > this.maxBufferedBytes) {
      // It is not reading: waiting for its buffer to flush would only keep holding it.
      this.ended = true;
      this.res.destroy();
      return false;
    }
    return flushed;
  }

  /** Resolves when the socket has taken what was written, or the client is gone. */
  drained(): Promise<void> {
    if (this.closed || this.res.writableLength === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.once('drain', done);
      this.res.once('close', done);
    });
  }

  /** Ends the response and its connection (shutdown, a slow reader, the shared feed failing). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.res.destroyed) return;
    this.res.end();
    // Ended, a keep-alive socket would idle on: close it once the last bytes are out, so a
    // server that is shutting down is not kept waiting for the client to hang up.
    this.res.socket?.end();
  }

  onClose(listener: () => void): void {
    this.res.once('close', listener);
  }
}
