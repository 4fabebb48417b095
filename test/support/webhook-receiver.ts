import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  /** What the receiver answered: a status, or `hung` (no answer at all). */
  answer: number | 'hung';
}

/**
 * A real HTTP server on 127.0.0.1 (port 0 the first time, the same port after `down()`/`up()`),
 * for webhook deliveries. It answers 204 unless told to fail the next n requests (`failNext`, with
 * a status), to hang on the next n (`hangNext`: it reads the request and never answers), or is
 * down (connections refused). `received` keeps every request, `accepted` those it answered 2xx.
 */
export const startWebhookReceiver = async () => {
  const received: ReceivedWebhook[] = [];
  let failures = 0;
  let failStatus = 503;
  let hangs = 0;
  const sockets = new Set<Socket>();
  let port = 0;

  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      if (hangs > 0) {
        hangs--;
        received.push({ headers: req.headers, body, answer: 'hung' });
        return;
      }
      if (failures > 0) {
        failures--;
        received.push({ headers: req.headers, body, answer: failStatus });
        res.writeHead(failStatus, { 'Content-Type': 'text/plain' }).end('busy, try later');
        return;
      }
      received.push({ headers: req.headers, body, answer: 204 });
      res.writeHead(204).end();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  const up = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  await up();

  return {
    get port() {
      return port;
    },
    get url() {
      return `http://127.0.0.1:${port}/hooks`;
    },
    received,
    /** The requests it answered 2xx, in the order they came. */
    accepted: () => received.filter((r) => r.answer === 204),
    /**
     * What a receiver that drops repeats by `Samsyn-Delivery-Id` keeps: the first 2xx of each. A
     * request in flight when Samsyn stops may have reached the receiver without Samsyn seeing the
     * answer; it is posted again with the same id (at least once).
     */
    firstOfEach: () => received.filter((r, i) => r.answer === 204 && received.findIndex((o) => o.answer === 204 && o.headers['samsyn-delivery-id'] === r.headers['samsyn-delivery-id']) === i),
    failNext(n: number, status = 503) {
      failures = n;
      failStatus = status;
    },
    hangNext(n: number) {
      hangs = n;
    },
    up,
    down,
    close: down,
  };
};

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
