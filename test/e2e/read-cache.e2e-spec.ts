import type request from 'supertest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

const CACHED = [
  '/catalogue',
  '/processes/LF-01',
  '/processes/LF-01/revisions',
  '/stakeholders',
  '/stakeholders/ksn/history',
  '/proposals',
  '/reports/harmonization',
  '/reports/governance?format=csv',
];

/** The bytes and the headers a read handler decides; not the per-request ones (correlation id). */
const answer = (r: request.Response) => ({
  status: r.status,
  body: r.text,
  type: r.headers['content-type'],
  length: r.headers['content-length'],
  etag: r.headers.etag,
  disposition: r.headers['content-disposition'],
});

describe('E2E: the read cache', () => {
  let cached: E2eApp;
  let uncached: E2eApp;
  let t: Tokens;
  let u: Tokens;

  beforeAll(async () => {
    cached = await startE2eApp();
    uncached = await startE2eApp({ readCache: { maxEntries: 0, maxBytes: 0 } });
    t = await tokensFor(cached);
    u = await tokensFor(uncached);
    await buildWorld(cached, t);
    await buildWorld(uncached, u);
  });
  afterAll(async () => {
    await cached.close();
    await uncached.close();
  });

  it.each(CACHED)('GET %s: a cache hit is byte-identical to the miss and to a server without the cache', async (path) => {
    const miss = await cached.http().get(path).set('Authorization', t.aud);
    const hit = await cached.http().get(path).set('Authorization', t.aud);
    const plain = await uncached.http().get(path).set('Authorization', u.aud);
    expect(miss.status).toBe(200);
    expect(answer(hit)).toEqual(answer(miss));
    expect(answer(hit)).toEqual(answer(plain));
  });

  it('a conditional GET is answered as without the cache', async () => {
    const etag = (await cached.http().get('/processes/LF-01').set('Authorization', t.aud)).headers.etag;
    const hit = await cached.http().get('/processes/LF-01').set('Authorization', t.aud).set('If-None-Match', etag);
    const plain = await uncached.http().get('/processes/LF-01').set('Authorization', u.aud).set('If-None-Match', etag);
    expect([hit.status, hit.text]).toEqual([plain.status, plain.text]);
  });

  it('a hit does not ask the read models again; a new position does', async () => {
    await cached.http().patch('/stakeholders/ksn').set('Authorization', t.ada).send({ name: 'K' }).expect(200);
    const catalogue = jest.spyOn(cached.runtime.queries, 'catalogue');
    try {
      await cached.http().get('/catalogue').set('Authorization', t.aud).expect(200);
      await cached.http().get('/catalogue').set('Authorization', t.aud).expect(200);
      expect(catalogue).toHaveBeenCalledTimes(1);
      await cached.http().patch('/stakeholders/ksn').set('Authorization', t.ada).send({ name: 'KS' }).expect(200);
      await cached.http().get('/catalogue').set('Authorization', t.aud).expect(200);
      expect(catalogue).toHaveBeenCalledTimes(2);
    } finally {
      catalogue.mockRestore();
    }
  });

  it('a write is seen by the next read', async () => {
    const before = await cached.http().get('/stakeholders').set('Authorization', t.aud);
    expect((await cached.http().get('/stakeholders').set('Authorization', t.aud)).text).toBe(before.text);
    await cached.http().patch('/stakeholders/uh').set('Authorization', t.ada).send({ name: 'Uppsalahem AB' }).expect(200);
    const after = await cached.http().get('/stakeholders').set('Authorization', t.aud);
    expect(after.body.find((s: { id: string }) => s.id === 'uh').name).toBe('Uppsalahem AB');
    const proc = await cached.http().get('/processes/LF-01').set('Authorization', t.aud);
    await cached.http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ id: 'RC-1', baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'N' }], rationale: 'r' }).expect(201);
    expect((await cached.http().get('/proposals').set('Authorization', t.aud)).body.map((p: { id: string }) => p.id)).toContain('RC-1');
    // The entry now lists RC-1 among its open proposals: another body, so another ETag (issue 10
    // item 9), though the process stream did not move.
    const procAfter = await cached.http().get('/processes/LF-01').set('Authorization', t.aud);
    expect(JSON.stringify(procAfter.body)).toContain('RC-1');
    expect(procAfter.headers.etag).not.toBe(proc.headers.etag);
  });

  it('as-of reads are answered by the read models, not the cache', async () => {
    const head = (await cached.head())!;
    const live = await cached.http().get('/stakeholders').set('Authorization', t.aud);
    await cached.http().patch('/stakeholders/utbn').set('Authorization', t.ada).send({ name: 'UBN' }).expect(200);
    const then = await cached.http().get(`/stakeholders?asOfPosition=${head}`).set('Authorization', t.aud);
    expect(then.text).toBe(live.text);
    const again = await cached.http().get(`/stakeholders?asOfPosition=${head}`).set('Authorization', t.aud);
    expect(again.text).toBe(live.text);
    expect(then.body.find((s: { id: string }) => s.id === 'utbn').name).toBe('Utbildningsnämnden');
    expect((await cached.http().get('/stakeholders').set('Authorization', t.aud)).body.find((s: { id: string }) => s.id === 'utbn').name).toBe('UBN');
  });

  it('CSV and JSON of the same report are cached apart', async () => {
    for (let i = 0; i < 2; i++) {
      const json = await cached.http().get('/reports/harmonization').set('Authorization', t.aud);
      const csv = await cached.http().get('/reports/harmonization').set('Authorization', t.aud).set('Accept', 'text/csv');
      const byQuery = await cached.http().get('/reports/harmonization?format=csv').set('Authorization', t.aud);
      expect(json.headers['content-type']).toMatch(/^application\/json/);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toBe(byQuery.headers['content-disposition']);
      expect(csv.text).toBe(byQuery.text);
      expect(csv.text).not.toBe(json.text);
    }
  });

  it('a cached answer is still refused to a request without a valid token or the role', async () => {
    await cached.http().get('/catalogue').set('Authorization', t.aud).expect(200);
    await cached.http().get('/catalogue').set('Authorization', t.aud).expect(200);
    const anon = await cached.http().get('/catalogue');
    expect([anon.status, anon.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const forged = await cached.http().get('/catalogue').set('Authorization', `${t.aud}x`);
    expect(forged.status).toBe(401);
    // Auditors and admins only: the rule still applies with the cache warm.
    await cached.http().get('/audit/events').set('Authorization', t.aud).expect(200);
    expect((await cached.http().get('/audit/events').set('Authorization', t.rita)).status).toBe(403);
  });
});
