import * as nodeHttp from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { configFromEnv } from '../../../apps/api/src/infrastructure/config/api-config';
import { startE2eApp, type E2eApp } from '../support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from '../support/world';

/**
 * Issue 10, item 14: clients that trickle their request held connections for 100 s and more.
 * Small timeouts here (the defaults are 10 s head, 30 s request, 5 s keep-alive); nothing is timed,
 * the test only waits for what the server does.
 */
const TIMEOUTS = { headersMs: 300, requestMs: 600, keepAliveMs: 300 };

/** Opens a raw connection, sends `head`, then one byte of `drip` every 50 ms (3 s for 60 bytes, five times the request timeout) until the server hangs up. */
const trickle = (port: number, head: string, drip: string): Promise<{ answer: string; closed: boolean; sentBytes: number }> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let sentBytes = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (answer += c));
    socket.on('error', () => undefined); // a write racing the server's close
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, closed: true, sentBytes });
    });
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sentBytes >= drip.length) {
          clearInterval(timer);
          socket.destroy();
          return reject(new Error(`the server waited for the whole trickle (${sentBytes} bytes over ${sentBytes * 50} ms)`));
        }
        socket.write(drip[sentBytes++]);
      }, 50);
    });
  });

// Starting an app and building its world takes seconds on a busy machine (no timing is asserted by it).
jest.setTimeout(60_000);

describe('E2E: slow clients meet the HTTP timeouts', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let port: number;

  beforeAll(async () => {
    e2e = await startE2eApp({ http: { ...configFromEnv({}).http, timeouts: TIMEOUTS } });
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    const server = e2e.app.getHttpServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => e2e.app.getHttpServer().close(() => r()));
    await e2e.close();
  });

  it('a request head sent a byte at a time is answered 408 and the connection closed', async () => {
    const got = await trickle(port, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n', `X-Slow: ${'a'.repeat(60)}\r\n\r\n`);
    expect(got.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(got.closed).toBe(true);
  });

  it('a body sent a byte at a time is answered 408, the connection closed, nothing written', async () => {
    const head = await e2e.head();
    const body = JSON.stringify({ id: 'slowpoke', name: 'Slow', kind: 'committee' }) + ' '.repeat(60);
    const got = await trickle(
      port,
      `POST /stakeholders HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${t.ada}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
      body,
    );
    expect(got.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(got.closed).toBe(true);
    expect(got.sentBytes).toBeLessThan(body.length);
    expect(await e2e.head()).toBe(head);
  });

  it('an idle keep-alive connection is closed by the server', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (answer += c));
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('an answer may take longer than the request timeout: a live stream stays open and keeps delivering', async () => {
    const received: string[] = [];
    const req = nodeHttp.get({ host: '127.0.0.1', port, path: '/events/live', headers: { Authorization: t.aud, 'Last-Event-ID': String(await e2e.head()) } });
    const res = await new Promise<nodeHttp.IncomingMessage>((r) => req.on('response', r));
    res.setEncoding('utf8');
    res.on('data', (c: string) => received.push(c));
    // Well past the request timeout and several of Node's connection checks.
    await new Promise((r) => setTimeout(r, TIMEOUTS.requestMs * 3));
    await e2e.http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'late', name: 'Late', kind: 'office' }).expect(201);
    while (!received.join('').includes('"late"')) await new Promise((r) => setTimeout(r, 20));
    expect(res.statusCode).toBe(200);
    expect(res.destroyed).toBe(false);
    req.destroy();
  });
});
