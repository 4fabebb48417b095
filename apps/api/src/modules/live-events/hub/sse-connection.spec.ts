import { Writable } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { HEARTBEAT_FRAME, SseConnection, sseFrame } from './sse-connection';

/** A response whose client reads nothing: every write stays in its buffer. */
class StalledResponse extends Writable {
  head: { status: number; headers: Record<string, string> } | null = null;
  socket = null;
  constructor() {
    super({ highWaterMark: 1024 });
  }
  override _write(_chunk: unknown, _enc: string, _callback: () => void): void {
    // never calls back: the client is not reading
  }
  writeHead(status: number, headers: Record<string, string>) {
    this.head = { status, headers };
    return this;
  }
}

describe('SSE connection', () => {
  it('frames an event as id and data lines, with an event name when it has one', () => {
    expect(sseFrame('7', '{"a":1}')).toBe('id: 7\ndata: {"a":1}\n\n');
    expect(sseFrame('9', '{}', 'reset')).toBe('event: reset\nid: 9\ndata: {}\n\n');
  });

  it('given a client that reads nothing, when more than the bound piles up, then it is disconnected and holds no more', () => {
    const res = new StalledResponse();
    const c = new SseConnection('mallory', 'resources', res as unknown as ServerResponse, 16 * 1024, 0n);
    c.open();
    expect(res.head).toEqual({ status: 200, headers: expect.objectContaining({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' }) });
    const frame = sseFrame('1', 'x'.repeat(1000));
    let written = 0;
    while (!c.closed && written < 1000) {
      c.write(frame);
      written++;
    }
    expect(c.closed).toBe(true);
    expect(res.destroyed).toBe(true);
    expect(written).toBeLessThanOrEqual(18);
    expect(c.write(HEARTBEAT_FRAME)).toBe(false);
  });
});
