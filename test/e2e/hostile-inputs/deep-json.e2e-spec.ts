import * as nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { startE2eApp, type E2eApp } from '../support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from '../support/world';

/** Issue 10, item 11: a few KB of deeply nested JSON used to overflow the stack (500) on every write route. */

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
const deepArray = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);
const deepObject = (levels: number): string => '{"a":'.repeat(levels) + 'null' + '}'.repeat(levels);

interface Answer {
  status: number;
  body: { code?: string; statusCode?: number };
}

const send = (port: number, method: string, path: string, token: string, body: string): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = nodeHttp.request(
      { host: '127.0.0.1', port, method: method.toUpperCase(), path, headers: { Authorization: token, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

/** Polls /health until stopped; answers the slowest round trip seen and how many answered. */
const watchHealth = (port: number) => {
  let stopped = false;
  let answered = 0;
  const loop = (async () => {
    while (!stopped) {
      const status = await new Promise<number>((resolve, reject) =>
        nodeHttp.get({ host: '127.0.0.1', port, path: '/health' }, (res) => (res.resume(), res.on('end', () => resolve(res.statusCode ?? 0)))).on('error', reject),
      );
      if (status === 200) answered++;
    }
  })();
  return {
    /** How many /health answers have arrived so far. */
    answered: () => answered,
    async stop() {
      stopped = true;
      await loop;
    },
  };
};

// Starting an app and building its world takes seconds on a busy machine (no timing is asserted by it).
jest.setTimeout(60_000);

describe('hostile inputs: deeply nested JSON', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let port: number;
  let writeRoutes: { method: string; path: string }[];

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    const server = e2e.app.getHttpServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
    // Every write route the API documents, so a route added later is covered too.
    const doc = (await e2e.http().get('/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    writeRoutes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      WRITE_METHODS.filter((m) => m in ops).map((method) => ({ method, path: path.replace('{id}', 'LF-01').replace(/\{[^}]+\}/g, '1') })),
    );
  });
  afterAll(async () => {
    await new Promise<void>((r) => e2e.app.getHttpServer().close(() => r()));
    await e2e.close();
  });

  it('finds the write routes to try', () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(18);
    expect(writeRoutes).toContainEqual({ method: 'post', path: '/processes/LF-01/proposals' });
  });

  it.each([
    ['an array 1,500 levels deep (3 KB)', deepArray(1500)],
    ['an object 1,500 levels deep', deepObject(1500)],
    ['a field holding 20,000 levels', `{"id":"x","name":"y","kind":"committee","definition":${deepArray(20_000)}}`],
    ['one level past the bound', `{"changes":${deepArray(64)}}`],
  ])('every write route refuses %s with 400 JSON_TOO_DEEP and writes nothing; /health answers meanwhile', async (_, body) => {
    const head = await e2e.head();
    const health = watchHealth(port);
    const answers = await Promise.all(writeRoutes.map(async (r) => ({ route: `${r.method} ${r.path}`, ...(await send(port, r.method, r.path, t.ada, body)) })));
    // /health was answered while the hostile bodies were being refused (an order, not a timing:
    // a parser that blocked the event loop for the whole batch would let none through before it).
    const answeredMeanwhile = health.answered();
    await health.stop();
    for (const a of answers) expect([a.route, a.status, a.body.code]).toEqual([a.route, 400, 'JSON_TOO_DEEP']);
    expect(await e2e.head()).toBe(head);
    expect(answeredMeanwhile).toBeGreaterThan(0);
  });

  it('nesting up to the bound still reaches validation (400 VALIDATION_FAILED, not JSON_TOO_DEEP)', async () => {
    // 64 levels in all: the body object is level 1.
    const res = await send(port, 'post', '/stakeholders', t.ada, `{"id":"x","name":"y","kind":"committee","extra":${deepArray(63)}}`);
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
