import { Writable } from 'node:stream';
import request from 'supertest';
import { createApiApp } from '../../create-api-app';
import { testDependencies, tokenFor } from '../../testing/test-dependencies';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { correlationMiddleware } from './correlation.middleware';
import { createLogger } from './logger';
import type { SamsynRequest } from '../http/samsyn-request';
import type { HttpResponse } from '../http/express-types';

/** The request log (docs/logging-and-tokens.md): one line per request under its correlation id, and no bearer token in any line. */
describe('request log', () => {
  it('logs each request with its correlation id and never the bearer token, valid, refused or opaque', async () => {
    let out = '';
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((out += chunk.toString()), done()) });
    const fx = await testDependencies();
    const app = await createApiApp({ ...fx.deps, logger: createLogger('info', sink) });
    try {
      const valid = await tokenFor('ada', [{ role: 'admin' }]);
      const opaque = 'opaque-bearer-value-9f3c2a';
      const http = () => request(app.getHttpServer());
      await http().get('/stakeholders').set('Authorization', `Bearer ${valid}`).set('X-Correlation-Id', 'corr-valid').expect(200);
      await http().get('/stakeholders').set('Authorization', `Bearer ${opaque}`).set('X-Correlation-Id', 'corr-opaque').expect(401);
      await http().get(`/stakeholders?access_token=${opaque}`).set('X-Correlation-Id', 'corr-query').expect(401);
      await http().post('/stakeholders').set('Authorization', `Bearer ${valid}`).set('X-Correlation-Id', 'corr-bad-body').send({ id: 'x', token: valid, password: opaque }).expect(400);
      await new Promise((r) => setImmediate(r));
      const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      const requests = lines.filter((l) => l.msg === 'request');
      expect(requests.map((l) => [l.correlationId, l.status])).toEqual(
        expect.arrayContaining([['corr-valid', 200], ['corr-opaque', 401], ['corr-query', 401], ['corr-bad-body', 400]]),
      );
      expect(requests.find((l) => l.correlationId === 'corr-valid')?.principal).toBe('ada');
      for (const secret of [valid, valid.split('.')[2], opaque]) expect(out).not.toContain(secret);
    } finally {
      await app.close();
      await fx.close();
    }
  });

  it('is pino-http: the request gets its child logger under the correlation id, and the line is written by it', async () => {
    let out = '';
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((out += chunk.toString()), done()) });
    const middleware = correlationMiddleware(createLogger('info', sink));
    const server = createServer((req, res) => {
      const r = Object.assign(req, { originalUrl: req.url ?? '/' }) as unknown as SamsynRequest & { log?: { info(o: object, m: string): void } };
      middleware(r, res as unknown as HttpResponse, () => {
        r.log!.info({ step: 'handler' }, 'inside');
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/x?token=opaque-secret-1`, { headers: { 'X-Correlation-Id': 'corr-pino', Authorization: 'Bearer opaque-secret-2' } });
      expect([res.status, res.headers.get('x-correlation-id')]).toEqual([200, 'corr-pino']);
      await new Promise((r) => setImmediate(r));
      const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toEqual([
        expect.objectContaining({ correlationId: 'corr-pino', msg: 'inside', step: 'handler' }),
        expect.objectContaining({ correlationId: 'corr-pino', msg: 'request', method: 'GET', status: 200 }),
      ]);
      expect(out).not.toContain('opaque-secret');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
