import * as nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

const READS = [
  '/catalogue',
  '/processes/LF-01',
  '/processes/LF-01/revisions',
  '/processes/LF-01/revisions/1',
  '/processes/LF-01/diff?from=1&to=1',
  '/proposals',
  '/proposals?status=submitted&process=LF-01',
  '/stakeholders',
  '/stakeholders/ksn/history',
  '/bodies',
  '/terms',
  '/systems',
  '/audit/events',
  '/audit/verify',
  '/reports/harmonization',
  '/reports/governance',
  '/reports/nomenclature',
  '/reports/variants',
  '/handovers',
  '/handovers?stakeholder=ksn',
];

interface Sse {
  id?: string;
  data?: string;
}

/** Reads `count` events from /events/live, then hangs up. */
const readSse = (port: number, headers: Record<string, string>, count: number, path = '/events/live'): Promise<{ status: number; events: Sse[] }> =>
  new Promise((resolve, reject) => {
    const events: Sse[] = [];
    const req = nodeHttp.get({ port, path, headers }, (res) => {
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, events: [{ data: body }] }));
        return;
      }
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const ev: Sse = {};
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) ev.id = line.slice(4);
            if (line.startsWith('data: ')) ev.data = line.slice(6);
          }
          if (ev.data) events.push(ev);
          if (events.length >= count) {
            req.destroy();
            resolve({ status: 200, events });
          }
        }
      });
    });
    req.on('error', (e) => (events.length >= count ? undefined : reject(e)));
    setTimeout(() => {
      req.destroy();
      resolve({ status: -1, events });
    }, 5000).unref();
  });

describe('E2E: reads, time travel, CSV, audit, live events, operations', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let worldHead: bigint;
  let worldInstant: string;
  const http = () => e2e.http();

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    worldHead = (await e2e.head())!;
    worldInstant = e2e.clock.now();
    e2e.clock.advanceDays(1);
    await http().patch('/stakeholders/ksn').set('Authorization', t.ada).send({ name: 'KS renamed' }).expect(200);
    await http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ id: 'R-1', baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'N' }], rationale: 'r' }).expect(201);
  });
  afterAll(() => e2e.close());

  it.each(READS)('GET %s answers 200 JSON with a token, 401 without', async (path) => {
    const ok = await http().get(path).set('Authorization', t.ada);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    const anon = await http().get(path);
    expect([anon.status, anon.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it.each(READS.filter((p) => !p.startsWith('/audit/verify')))('GET %s accepts asOf and asOfPosition', async (path) => {
    const sep = path.includes('?') ? '&' : '?';
    expect((await http().get(`${path}${sep}asOfPosition=${worldHead}`).set('Authorization', t.ada)).status).toBe(200);
    expect((await http().get(`${path}${sep}asOf=${worldInstant}`).set('Authorization', t.ada)).status).toBe(200);
    expect((await http().get(`${path}${sep}asOf=not-a-date`).set('Authorization', t.ada)).body.code).toBe('VALIDATION_FAILED');
  });

  it('as of a position or an instant, the read models answer what they answered then', async () => {
    const nameOf = (body: { id: string; name: string }[]) => body.find((s) => s.id === 'ksn')!.name;
    expect(nameOf((await http().get('/stakeholders').set('Authorization', t.rita)).body)).toBe('KS renamed');
    expect(nameOf((await http().get(`/stakeholders?asOfPosition=${worldHead}`).set('Authorization', t.rita)).body)).toBe('Kommunstyrelsen');
    expect(nameOf((await http().get(`/stakeholders?asOf=${worldInstant}`).set('Authorization', t.rita)).body)).toBe('Kommunstyrelsen');
    const proposals = await http().get(`/proposals?asOfPosition=${worldHead}`).set('Authorization', t.rita);
    expect(proposals.body).toEqual([]);
    expect((await http().get(`/proposals/R-1?asOfPosition=${worldHead}`).set('Authorization', t.rita)).status).toBe(404);
    const now = await http().get('/proposals/R-1').set('Authorization', t.rita);
    expect(now.headers.etag).toMatch(/^"0-[\w-]+"$/); // revision 0, then the body's digest
  });

  it('reports answer CSV for Accept: text/csv and ?format=csv', async () => {
    for (const report of ['harmonization', 'governance', 'nomenclature']) {
      const byQuery = await http().get(`/reports/${report}?format=csv`).set('Authorization', t.aud);
      expect(byQuery.status).toBe(200);
      expect(byQuery.headers['content-type']).toMatch(/^text\/csv/);
      const byAccept = await http().get(`/reports/${report}`).set('Authorization', t.aud).set('Accept', 'text/csv');
      expect(byAccept.text).toBe(byQuery.text);
      expect(byQuery.text.split('\r\n')[0].split(',').length).toBeGreaterThan(1);
    }
    const harmonization = await http().get('/reports/harmonization?format=csv').set('Authorization', t.aud);
    expect(harmonization.text.split('\r\n')[0]).toBe('processId,name,headRevision,stakeholder,status');
    expect(harmonization.text).toMatch(/LF-01,Lokalbehovsanalys,1,ksn,/);
    expect((await http().get('/reports/harmonization?format=xml').set('Authorization', t.aud)).status).toBe(400);
  });

  it('a stakeholder history pages by position (?after=&limit=); without them it is the whole history', async () => {
    const whole = (await http().get('/stakeholders/ksn/history').set('Authorization', t.aud).expect(200)).body as { position: string }[];
    expect(whole.length).toBeGreaterThan(2);
    const first = await http().get('/stakeholders/ksn/history?limit=2').set('Authorization', t.aud).expect(200);
    expect(first.body).toEqual(whole.slice(0, 2));
    const next = await http().get(`/stakeholders/ksn/history?after=${whole[1].position}&limit=1000`).set('Authorization', t.aud).expect(200);
    expect(next.body).toEqual(whole.slice(2));
    const asOf = whole[1].position;
    expect((await http().get(`/stakeholders/ksn/history?asOfPosition=${asOf}&after=${whole[0].position}`).set('Authorization', t.aud)).body).toEqual([whole[1]]);
    expect((await http().get('/stakeholders/ksn/history?limit=0').set('Authorization', t.aud)).status).toBe(400);
  });

  it('the audit log pages by position and filters; only auditors and admins see it', async () => {
    const page = await http().get('/audit/events?limit=3').set('Authorization', t.aud);
    expect(page.body.events.map((e: { position: string }) => e.position)).toEqual(['1', '2', '3']);
    expect(page.body.nextAfter).toBe('3');
    const next = await http().get(`/audit/events?after=${page.body.nextAfter}&limit=2`).set('Authorization', t.aud);
    expect(next.body.events.map((e: { position: string }) => e.position)).toEqual(['4', '5']);
    const byStream = await http().get('/audit/events?stream=stakeholder-ksn').set('Authorization', t.aud);
    expect(byStream.body.events.map((e: { type: string }) => e.type)).toEqual(['StakeholderRegistered', 'StakeholderRenamed']);
    expect(byStream.body.events[1].metadata).toMatchObject({ actor: 'ada' });
    const byActor = await http().get('/audit/events?actor=anna').set('Authorization', t.aud);
    expect(byActor.body.events.every((e: { metadata: { actor: string } }) => e.metadata.actor === 'anna')).toBe(true);
    expect((await http().get('/audit/events?limit=0').set('Authorization', t.aud)).status).toBe(400);
    expect((await http().get('/audit/events').set('Authorization', t.anna)).body.code).toBe('FORBIDDEN');
    const verify = await http().get('/audit/verify').set('Authorization', t.aud);
    expect(verify.body).toMatchObject({ ok: true, headPosition: String(await e2e.head()) });
  });

  it('GET /events/live streams events with id = position and resumes after Last-Event-ID', async () => {
    const server = e2e.app.getHttpServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    try {
      const head = (await e2e.head())!;
      const resumed = await readSse(port, { Authorization: t.aud, 'Last-Event-ID': String(head - 2n) }, 2);
      expect(resumed.events.map((e) => e.id)).toEqual([String(head - 1n), String(head)]);
      expect(JSON.parse(resumed.events[1].data!)).toMatchObject({ position: String(head), type: 'ProposalSubmitted', streamId: 'proposal-R-1' });

      // Live: connected at the head, a new write arrives. EventSource clients may pass the token in the query.
      const live = readSse(port, { 'Last-Event-ID': String(head) }, 1, `/events/live?access_token=${t.aud.slice(7)}`);
      await new Promise((r) => setTimeout(r, 100));
      await http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'live', name: 'Live', kind: 'office' }).expect(201);
      const got = await live;
      expect(got.events.map((e) => e.id)).toEqual([String(head + 1n)]);
      expect(JSON.parse(got.events[0].data!)).toMatchObject({ type: 'StakeholderRegistered', data: { id: 'live' } });

      const bad = await readSse(port, { Authorization: t.aud, 'Last-Event-ID': 'yesterday' }, 1);
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.events[0].data!).code).toBe('VALIDATION_FAILED');
      expect((await readSse(port, {}, 1)).status).toBe(401);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('health, metrics and the OpenAPI document, without a token', async () => {
    const health = await http().get('/health');
    expect(health.body).toMatchObject({ status: 'ok', store: { reachable: true }, projections: { lag: 0 } });
    await http().get('/catalogue').set('Authorization', t.ada);
    const metrics = await http().get('/metrics');
    expect(metrics.text).toMatch(/samsyn_http_request_duration_seconds_bucket\{[^}]*route="\/catalogue"/);
    expect(metrics.text).toMatch(/samsyn_appends_total\{stream_category="stakeholder"\} \d+/);
    expect(metrics.text).toMatch(/samsyn_projection_lag_events 0/);

    const doc = await http().get('/docs-json');
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      '/stakeholders', '/stakeholders/{id}', '/stakeholders/{id}/retire', '/stakeholders/{id}/history', '/bodies', '/bodies/{id}/members', '/terms', '/terms/{id}',
      '/terms/{id}/deprecate', '/terms/{id}/synonyms', '/systems', '/systems/{id}/retire', '/processes', '/processes/{id}', '/processes/{id}/proposals',
      '/processes/{id}/adoptions', '/processes/{id}/revisions', '/processes/{id}/revisions/{n}', '/processes/{id}/diff', '/catalogue', '/proposals',
      '/proposals/{id}', '/proposals/{id}/amend', '/proposals/{id}/withdraw', '/proposals/{id}/reviews', '/proposals/{id}/decisions', '/audit/events',
      '/audit/verify', '/reports/harmonization', '/reports/governance', '/reports/nomenclature', '/reports/variants', '/handovers', '/events/live', '/health',
    ]) {
      expect(paths).toContain(p);
    }
    const submit = doc.body.paths['/processes/{id}/proposals'].post;
    expect(Object.keys(submit.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409', '412', '413', '422', '429']);
    expect(doc.body.components.schemas.SubmitProposalRequestDto.properties.changes).toBeDefined();
    expect(doc.body.components.schemas.ApiErrorDto).toBeDefined();
    expect((await http().get('/docs')).status).toBe(200);
  });
});
