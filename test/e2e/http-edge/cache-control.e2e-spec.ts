import { startE2eApp, type E2eApp } from '../support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from '../support/world';

/** Issue 10, item 20: answers meant for one principal must not be kept by browsers or proxies. */
// Starting an app and building its world takes seconds on a busy machine (no timing is asserted by it).
jest.setTimeout(60_000);

describe('E2E: Cache-Control', () => {
  let e2e: E2eApp;
  let t: Tokens;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  it.each(['/catalogue', '/processes/LF-01', '/stakeholders', '/audit/events', '/reports/harmonization?format=csv', '/processes/LF-01/bpmn'])(
    'authenticated GET %s answers Cache-Control: no-store, twice (a read-cache hit too)',
    async (path) => {
      for (let i = 0; i < 2; i++) {
        const res = await e2e.http().get(path).set('Authorization', t.ada);
        expect([res.status, res.headers['cache-control']]).toEqual([200, 'no-store']);
      }
    },
  );

  it('writes, refusals and 401s answer no-store too', async () => {
    const write = await e2e.http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'cc', name: 'CC', kind: 'office' });
    expect([write.status, write.headers['cache-control']]).toEqual([201, 'no-store']);
    const refused = await e2e.http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'cc', name: 'CC', kind: 'office' });
    expect([refused.status, refused.headers['cache-control']]).toEqual([422, 'no-store']);
    const anonymous = await e2e.http().get('/catalogue');
    expect([anonymous.status, anonymous.headers['cache-control']]).toEqual([401, 'no-store']);
  });

  it('public /health and /metrics are never cached', async () => {
    expect((await e2e.http().get('/health')).headers['cache-control']).toBe('no-store');
    expect((await e2e.http().get('/metrics')).headers['cache-control']).toBe('no-store');
  });

  it('ETag revalidation keeps working: If-None-Match answers 304, also no-store', async () => {
    const first = await e2e.http().get('/processes/LF-01/revisions/1').set('Authorization', t.ada);
    expect(first.headers.etag).toMatch(/^"1-[A-Za-z0-9_-]{16}"$/); // revision and body digest (docs/read-etags.md)
    const again = await e2e.http().get('/processes/LF-01/revisions/1').set('Authorization', t.ada).set('If-None-Match', first.headers.etag);
    expect([again.status, again.headers['cache-control']]).toEqual([304, 'no-store']);
  });
});
