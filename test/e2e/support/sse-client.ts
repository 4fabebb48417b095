import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
}

/** One GET /events/live connection as an EventSource would hold it, parsed frame by frame. */
export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Messages with data, in order (comments/heartbeats are counted in `comments`). */
  messages: SseMessage[];
  comments: number;
  /** The body of a refused (non-200) answer. */
  body: string;
  /** Resolves once `n` messages have arrived; rejects after `timeoutMs`. */
  next(n: number, timeoutMs?: number): Promise<SseMessage[]>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Starts listening on 127.0.0.1, port 0 (the OS picks it); resolves the port. */
export const listen = async (app: INestApplication): Promise<number> => {
  const server = app.getHttpServer() as http.Server;
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return (server.address() as AddressInfo).port;
};

/** Connects and resolves once the answer's head has arrived (a refusal: once its body has). */
export const openSse = (port: number, headers: Record<string, string>, path = '/events/live', agent?: http.Agent): Promise<SseClient> =>
  new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers, agent: agent ?? false });
    req.on('error', reject);
    req.on('response', (res) => {
      let endResolve!: () => void;
      const ended = new Promise<void>((r) => (endResolve = r));
      res.on('end', () => endResolve());
      res.on('close', () => endResolve());
      const waiters: { n: number; resolve: (m: SseMessage[]) => void }[] = [];
      const client: SseClient = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages: [],
        comments: 0,
        body: '',
        ended,
        next(n, timeoutMs = 5000) {
          if (client.messages.length >= n) return Promise.resolve(client.messages.slice(0, n));
          return new Promise((ok, fail) => {
            const timer = setTimeout(() => fail(new Error(`only ${client.messages.length} of ${n} SSE messages within ${timeoutMs} ms`)), timeoutMs);
            waiters.push({ n, resolve: (m) => (clearTimeout(timer), ok(m)) });
          });
        },
        close: () => req.destroy(),
      };
      res.setEncoding('utf8');
      if (client.status !== 200) {
        res.on('data', (c: string) => (client.body += c));
        res.on('end', () => resolve(client));
        return;
      }
      let buf = '';
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const m: SseMessage = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) client.comments++;
            else if (line.startsWith('id: ')) m.id = line.slice(4);
            else if (line.startsWith('event: ')) m.event = line.slice(7);
            else if (line.startsWith('data: ')) m.data = line.slice(6);
          }
          if (m.data !== undefined) client.messages.push(m);
        }
        for (const w of [...waiters]) {
          if (client.messages.length >= w.n) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(client.messages.slice(0, w.n));
          }
        }
      });
      resolve(client);
    });
  });
