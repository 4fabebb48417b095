import { COMPRESSION_THRESHOLD_BYTES } from '../../apps/api/src/infrastructure/http/compression.middleware';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { listen } from './support/sse-client';
import { rawGet } from './support/raw-get';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/**
 * Issue 18 goal 2: every read answers an ETag of its bytes and `If-None-Match` with `304` — JSON
 * and CSV, live and as of, cached and not, compressed or not — and no stale 304: whatever changes
 * the body (a proposal on another stream, the principal, the language) changes the ETag
 * (docs/read-etags.md).
 */
describe('E2E: conditional GETs on every read', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let port: number;
  const get = (url: string, token: string, etag?: string) => {
    const r = e2e.http().get(url).set('Authorization', token);
    return etag === undefined ? r : r.set('If-None-Match', etag);
  };
  const submit = (id: string) =>
    e2e.http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id, baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: `N ${id}` }], rationale: 'r' })
      .expect(201);
  const withdraw = (id: string) => e2e.http().post(`/proposals/${id}/withdraw`).set('Authorization', t.anna).send({ reason: 'not now' }).expect(200);

  /** The read before and after a write: its old ETag answers 200 with the new body, the new one 304. */
  const staysFresh = async (url: string, token: string, write: () => Promise<unknown>, changed: (before: string, after: string) => void) => {
    const before = await get(url, token).expect(200);
    expect(before.headers.etag).toMatch(/^"[A-Za-z0-9_-]{16}"$/);
    const unchanged = await get(url, token, before.headers.etag);
    expect([unchanged.status, unchanged.text]).toEqual([304, '']);
    await write();
    const after = await get(url, token, before.headers.etag);
    expect(after.status).toBe(200);
    changed(before.text, after.text);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await get(url, token, after.headers.etag)).status).toBe(304);
  };

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    port = await listen(e2e.app);
  });
  afterAll(() => e2e.close());

  it('GET /catalogue: after a withdrawal on the proposal’s stream the old ETag answers 200 without the proposal', async () => {
    await submit('W-1');
    await staysFresh('/catalogue', t.aud, () => withdraw('W-1'), (before, after) => {
      expect(before).toContain('W-1');
      expect(after).not.toContain('W-1');
    });
  });

  it('GET /catalogue?format=csv: the same withdrawal changes the CSV and its ETag', async () => {
    await submit('W-2');
    await staysFresh('/catalogue?format=csv', t.aud, () => withdraw('W-2'), (before, after) => {
      expect(before).toContain('W-2');
      expect(after).not.toContain('W-2');
    });
  });

  it('GET /proposals (JSON and CSV): a withdrawal changes the status shown and the ETag', async () => {
    await submit('W-3');
    await staysFresh('/proposals', t.aud, () => submit('W-4'), (before, after) => expect([before.includes('W-4'), after.includes('W-4')]).toEqual([false, true]));
    await staysFresh('/proposals?format=csv', t.aud, () => withdraw('W-3'), (before, after) => expect(after).not.toBe(before));
  });

  it('GET /stakeholders/:id/history: a new entry changes the ETag', async () => {
    await staysFresh('/stakeholders/ksn/history', t.aud, () => e2e.http().patch('/stakeholders/ksn').set('Authorization', t.ada).send({ name: 'KS 2' }).expect(200), (before, after) => {
      expect(before).not.toContain('KS 2');
      expect(after).toContain('KS 2');
    });
  });

  it('a read as of a position (not cached): the same position answers the same ETag and 304; a later one another', async () => {
    const head = (await e2e.head())!;
    await submit('W-5');
    const then = await get(`/catalogue?asOfPosition=${head}`, t.aud).expect(200);
    expect(then.text).not.toContain('W-5');
    expect((await get(`/catalogue?asOfPosition=${head}`, t.aud, then.headers.etag)).status).toBe(304);
    const now = await get(`/catalogue?asOfPosition=${(await e2e.head())!}`, t.aud, then.headers.etag);
    expect(now.status).toBe(200);
    expect(now.text).toContain('W-5');
    expect(now.headers.etag).not.toBe(then.headers.etag);
    await withdraw('W-5');
  });

  it('the principal and the language are in the ETag: another principal’s or language’s ETag answers 200', async () => {
    const anna = await get('/me', t.anna).expect(200);
    const rita = await get('/me', t.rita, anna.headers.etag);
    expect(rita.status).toBe(200);
    expect(rita.headers.etag).not.toBe(anna.headers.etag);
    const sv = await get('/reports/harmonization?format=csv&locale=sv', t.aud).expect(200);
    const en = await get('/reports/harmonization?format=csv&locale=en', t.aud, sv.headers.etag);
    expect(en.status).toBe(200);
    expect(en.text).not.toBe(sv.text);
    expect(en.headers.etag).not.toBe(sv.headers.etag);
  });

  it.each([
    ['/catalogue', 'aud'],
    ['/catalogue?format=csv&table=statuses', 'aud'],
    ['/processes/LF-01', 'aud'],
    ['/processes/LF-01/revisions', 'aud'],
    ['/processes/LF-01/revisions/1', 'aud'],
    ['/processes/LF-01/bpmn', 'aud'],
    ['/processes/LF-01/comments', 'aud'],
    ['/processes/LF-01/evidence', 'aud'],
    ['/stakeholders', 'aud'],
    ['/stakeholders/ksn/history?format=csv', 'aud'],
    ['/proposals', 'aud'],
    ['/proposals/W-1', 'aud'],
    ['/terms', 'aud'],
    ['/systems', 'aud'],
    ['/bodies', 'aud'],
    ['/principals', 'ada'],
    ['/handovers', 'aud'],
    ['/reports/harmonization', 'aud'],
    ['/reports/governance?format=csv', 'aud'],
    ['/reports/reviews', 'aud'],
    ['/reports/variants', 'aud'],
    ['/reports/nomenclature', 'aud'],
    ['/me', 'anna'],
    ['/me/tasks', 'rita'],
    ['/audit/events', 'aud'],
    ['/audit/head', 'aud'],
    ['/audit/verify', 'aud'],
    ['/webhooks', 'ada'],
    ['/management-objects', 'aud'],
  ] as const)('GET %s answers an ETag of its bytes, and 304 with no body for it', async (url, who) => {
    const first = await get(url, t[who]).expect(200);
    expect(first.headers.etag).toMatch(/^"(\d+-)?[A-Za-z0-9_-]{16}"$/);
    const again = await get(url, t[who], first.headers.etag);
    expect([again.status, again.text, again.headers.etag]).toEqual([304, '', first.headers.etag]);
    expect((await get(url, t[who], '"not-this-one"')).status).toBe(200);
  });

  it('a cached read compressed once answers the same bytes in every coding, with one ETag and 304 in each', async () => {
    await submit('W-6'); // a new position: the cache starts empty for it
    const plain = await rawGet(port, '/proposals', { Authorization: t.aud, 'Accept-Encoding': 'identity' });
    expect(plain.wire.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    for (const coding of ['br', 'gzip', 'gzip, deflate, br']) {
      const first = await rawGet(port, '/proposals', { Authorization: t.aud, 'Accept-Encoding': coding });
      const hit = await rawGet(port, '/proposals', { Authorization: t.aud, 'Accept-Encoding': coding });
      expect(first.headers['content-encoding']).toBe(coding === 'gzip' ? 'gzip' : 'br');
      expect([first.text, hit.text]).toEqual([plain.text, plain.text]);
      expect(hit.wire.equals(first.wire)).toBe(true);
      expect([first.headers.etag, hit.headers.etag]).toEqual([plain.headers.etag, plain.headers.etag]);
      expect(hit.headers.vary).toMatch(/Accept-Encoding/);
      const again = await rawGet(port, '/proposals', { Authorization: t.aud, 'Accept-Encoding': coding, 'If-None-Match': plain.headers.etag! });
      expect([again.status, again.wire.length]).toEqual([304, 0]);
    }
    await withdraw('W-6');
  });
});
