import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/**
 * Issue 10 item 9: a read's ETag changes whenever its body does, so If-None-Match never answers a
 * stale 304 — also where the body shows more than the one stream whose revision leads the ETag
 * (a catalogue entry's open proposals, a BPMN export's stakeholder names). Every GET that sends an
 * ETag: /processes/:id, /proposals/:id, /processes/:id/revisions/:n, /processes/:id/bpmn.
 */
describe('E2E: read ETags follow the body', () => {
  let e2e: E2eApp;
  let t: Tokens;
  const get = (url: string, etag?: string) => {
    const r = e2e.http().get(url).set('Authorization', t.anna);
    return etag === undefined ? r : r.set('If-None-Match', etag);
  };

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  it('a catalogue entry: after a withdrawal on the proposal’s stream the ETag changes, and the old one answers 200', async () => {
    await e2e.http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id: 'E-1', baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'N' }], rationale: 'r' })
      .expect(201);
    const open = await get('/processes/LF-01').expect(200);
    expect(JSON.stringify(open.body)).toContain('E-1');
    expect((await get('/processes/LF-01', open.headers.etag)).status).toBe(304);

    await e2e.http().post('/proposals/E-1/withdraw').set('Authorization', t.anna).send({ reason: 'not now' }).expect(200);
    const after = await get('/processes/LF-01', open.headers.etag);
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.body)).not.toContain('E-1');
    expect(after.headers.etag).not.toBe(open.headers.etag);
    // The process stream itself did not move: the revision part is the same, the digest is not.
    expect(after.headers.etag.split('-')[0]).toBe(open.headers.etag.split('-')[0]);
    expect((await get('/processes/LF-01', after.headers.etag)).status).toBe(304);
  });

  it('a BPMN export: renaming a participant changes the lanes and the ETag', async () => {
    const before = await get('/processes/LF-01/bpmn?revision=1').expect(200);
    await e2e.http().patch('/stakeholders/uh').set('Authorization', t.ada).send({ name: 'Uppsalahem AB' }).expect(200);
    const after = await get('/processes/LF-01/bpmn?revision=1', before.headers.etag);
    expect(after.status).toBe(200);
    expect(after.text).toContain('Uppsalahem AB');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('a proposal: each write changes its ETag; the read’s ETag is accepted as If-Match', async () => {
    await e2e.http().post('/processes/LF-01/proposals').set('Authorization', t.anna)
      .send({ id: 'E-2', baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s2/name', value: 'N' }], rationale: 'r' })
      .expect(201);
    const first = await get('/proposals/E-2').expect(200);
    await e2e.http().post('/proposals/E-2/reviews').set('Authorization', t.rita).send({ stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }).expect(201);
    const second = await get('/proposals/E-2', first.headers.etag);
    expect(second.status).toBe(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    const stale = await e2e.http().post('/proposals/E-2/withdraw').set('Authorization', t.anna).set('If-Match', first.headers.etag).send({ reason: 'x' });
    expect(stale.status).toBe(412);
    const current = await e2e.http().post('/proposals/E-2/withdraw').set('Authorization', t.anna).set('If-Match', second.headers.etag).send({ reason: 'x' });
    expect(current.status).toBe(200);
  });

  it('a revision never changes: the same ETag, and 304 for it', async () => {
    const a = await get('/processes/LF-01/revisions/1').expect(200);
    expect((await get('/processes/LF-01/revisions/1', a.headers.etag)).status).toBe(304);
  });
});
