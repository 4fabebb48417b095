import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMPRESSION_THRESHOLD_BYTES } from '../../../apps/api/src/infrastructure/http/compression.middleware';
import { startE2eApp, type E2eApp } from '../support/e2e-app';
import { rawGet } from '../support/raw-get';
import { listen, openSse, type SseClient } from '../support/sse-client';
import { buildWorld, DEFINITION, tokensFor, type Tokens } from '../support/world';

/** A process whose answers are well over the threshold: 30 steps. */
const LONG = {
  ...DEFINITION,
  steps: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`s${i + 1}`, { name: `Steg ${i + 1}: beskriv behovet av lokaler`, performer: ['ksn', 'uh', 'utbn'][i % 3], order: i + 1 }])),
};

/** Issue 17: answers are compressed as negotiated, the live stream never, and ETags keep working (docs/http-edge.md, "Compression"). */
describe('E2E: response compression', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let port: number;
  let dist: string;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-web-gzip-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), `console.log(${JSON.stringify('samsyn '.repeat(2000))});`);
    e2e = await startE2eApp({ webAppDir: dist });
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    await e2e.http().post('/processes').set('Authorization', t.anna).send({ id: 'LF-30', name: 'Långt flöde', ownerStakeholder: 'ksn', governingBody: 'obj', definition: LONG }).expect(201);
    await e2e.http().post('/processes/LF-30/proposals').set('Authorization', t.anna)
      .send({ id: 'GZ-1', baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Gzip' }], rationale: 'skäl '.repeat(300) })
      .expect(201);
    port = await listen(e2e.app);
  });
  afterEach(() => streams.splice(0).forEach((s) => s.close()));
  afterAll(async () => {
    await e2e.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('GET /catalogue with Accept-Encoding gzip answers gzip that decodes to the same JSON; br likewise; identity is left alone', async () => {
    const plain = await rawGet(port, '/catalogue', { Authorization: t.anna, 'Accept-Encoding': 'identity' });
    const gzip = await rawGet(port, '/catalogue', { Authorization: t.anna, 'Accept-Encoding': 'gzip' });
    const br = await rawGet(port, '/catalogue', { Authorization: t.anna, 'Accept-Encoding': 'gzip;q=0.5, br' });
    expect([plain.status, gzip.status, br.status]).toEqual([200, 200, 200]);
    expect(plain.wire.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    for (const a of [plain, gzip, br]) expect(a.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(gzip.text)).toEqual(JSON.parse(plain.text));
    expect(JSON.parse(br.text)).toEqual(JSON.parse(plain.text));
    expect(gzip.wire.length).toBeLessThan(plain.wire.length / 2);
  });

  it('CSV is compressed too; an answer under the threshold is not', async () => {
    const csv = await rawGet(port, '/proposals?format=csv', { Authorization: t.anna, 'Accept-Encoding': 'gzip' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(Buffer.byteLength(csv.text)).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(csv.text).toContain('skäl skäl');
    const health = await rawGet(port, '/health', { 'Accept-Encoding': 'gzip' });
    expect(health.wire.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.text).status).toBeDefined();
  });

  it("the web app's scripts are compressed", async () => {
    const js = await rawGet(port, '/app/assets/index-abc.js', { 'Accept-Encoding': 'br, gzip' });
    expect(js.status).toBe(200);
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.text).toContain('samsyn samsyn');
  });

  it('the live stream is never compressed and still delivers each event at once', async () => {
    const s = await openSse(port, { Authorization: t.ada, 'Accept-Encoding': 'gzip, deflate, br' });
    streams.push(s);
    expect(s.status).toBe(200);
    expect(s.headers['content-encoding']).toBeUndefined();
    const started = Date.now();
    await e2e.http().patch('/stakeholders/ksn').set('Authorization', t.ada).send({ name: 'KS gzip' }).expect(200);
    const [m] = await s.next(1, 2000);
    expect(JSON.parse(m.data!).type).toBe('StakeholderRenamed');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a compressed read keeps its ETag: If-None-Match answers 304 in either coding, and If-Match takes it', async () => {
    const plain = await rawGet(port, '/processes/LF-30', { Authorization: t.anna, 'Accept-Encoding': 'identity' });
    const gzip = await rawGet(port, '/processes/LF-30', { Authorization: t.anna, 'Accept-Encoding': 'gzip' });
    expect(plain.wire.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.etag).toBe(plain.headers.etag);
    expect(gzip.headers.etag).toMatch(/^"\d+-[A-Za-z0-9_-]+"$/);
    for (const enc of ['gzip', 'identity', 'br']) {
      const again = await rawGet(port, '/processes/LF-30', { Authorization: t.anna, 'Accept-Encoding': enc, 'If-None-Match': gzip.headers.etag! });
      expect([enc, again.status, again.wire.length]).toEqual([enc, 304, 0]);
    }
    // A write's precondition takes the ETag a compressed read gave (the proposal's, on its own stream).
    const proposal = await rawGet(port, '/proposals/GZ-1', { Authorization: t.anna, 'Accept-Encoding': 'gzip' });
    expect(proposal.headers['content-encoding']).toBe('gzip');
    const withdraw = await e2e.http().post('/proposals/GZ-1/withdraw').set('Authorization', t.anna).set('If-Match', proposal.headers.etag!).send({ reason: 'x' });
    expect([withdraw.status, withdraw.body.code]).toEqual([200, undefined]);
  });
});
