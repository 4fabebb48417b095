import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

describe('E2E: comment threads on processes, steps and proposals', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let afterFirst: bigint;
  const http = () => e2e.http();
  const post = (path: string, token: string, body: object) => http().post(path).set('Authorization', token).send(body);

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    await post('/processes/LF-01/proposals', t.anna, { id: 'P-1', baseRevision: 1, changes: [{ op: 'replace', path: '/purpose', value: 'Plan premises' }], rationale: 'clearer' }).expect(201);
  });
  afterAll(() => e2e.close());

  it('a reviewer starts a thread on the process; @mentions of known principals are kept, unknown ones stay text', async () => {
    const res = await post('/processes/LF-01/comments', t.rita, { id: 'th-1', text: 'Vem äger steg 2, @anna? Fråga @olle eller @okänd.' });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    // The thread as GET /comments/th-1 shows it, where Location points (docs/api.md "Writes").
    expect(res.headers.location).toBe('/comments/th-1');
    expect(res.body).toMatchObject({ id: 'th-1', subject: { kind: 'process', processId: 'LF-01' }, status: 'open', startedBy: 'rita', comments: [{ id: '1', author: 'rita', text: 'Vem äger steg 2, @anna? Fråga @olle eller @okänd.', mentions: ['anna', 'olle'] }] });
    expect(res.body).toEqual((await http().get('/comments/th-1').set('Authorization', t.aud).expect(200)).body);
    afterFirst = (await e2e.head())!;
    const read = await http().get('/processes/LF-01/comments').set('Authorization', t.aud).expect(200);
    expect(read.body.threads[0].comments[0]).toMatchObject({ mentions: ['anna', 'olle'], editedAt: null, history: [] });
  });

  it('replies, a thread on a step and one on a proposal; a reply names a thread of the same subject', async () => {
    expect((await post('/processes/LF-01/comments', t.olle, { thread: 'th-1', text: 'Uppsalahem, tror jag.' })).body.comments).toHaveLength(2);
    expect((await post('/processes/LF-01/steps/s2/comments', t.ulf, { id: 'th-2', text: 'Steg 2 saknar en överlämning.' })).body.subject).toEqual({ kind: 'step', processId: 'LF-01', stepId: 's2' });
    const onProposal = await post('/proposals/P-1/comments', t.ada, { text: 'Se över syftet, @rita.' });
    expect(onProposal.status).toBe(201);
    expect(onProposal.body.subject).toEqual({ kind: 'proposal', proposalId: 'P-1', processId: 'LF-01' });
    expect(onProposal.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const wrong = await post(`/proposals/P-1/comments`, t.ada, { thread: 'th-1', text: 'x' });
    expect([wrong.status, wrong.body.code]).toEqual([404, 'NOT_FOUND']);
    const process = await http().get('/processes/LF-01/comments').set('Authorization', t.anna).expect(200);
    expect(process.body.counts).toEqual({ threads: 2, open: 2, comments: 3 });
    expect((await http().get('/proposals/P-1/comments').set('Authorization', t.anna).expect(200)).body.threads[0].comments[0].mentions).toEqual(['rita']);
  });

  it('who may comment: auditors read only, a principal without a participant role or body is refused', async () => {
    expect((await post('/processes/LF-01/comments', t.aud, { text: 'x' })).status).toBe(403);
    const nobody = await post('/processes/LF-01/comments', t.nobody, { text: 'x' });
    expect([nobody.status, nobody.body.code]).toEqual([403, 'NOT_ALLOWED']);
  });

  it('the author edits its comment: the earlier text stays in the history; nobody else may', async () => {
    const res = await http().patch('/comments/th-1/1').set('Authorization', t.rita).send({ text: 'Vem äger steg 2, @anna och @adam?' });
    expect(res.status).toBe(200);
    const c = (await http().get('/processes/LF-01/comments').set('Authorization', t.aud)).body.threads[0].comments[0];
    expect(c).toMatchObject({ text: 'Vem äger steg 2, @anna och @adam?', mentions: ['anna', 'adam'], editedAt: expect.any(String), history: [{ text: 'Vem äger steg 2, @anna? Fråga @olle eller @okänd.', by: 'rita' }] });
    expect((await http().patch('/comments/th-1/1').set('Authorization', t.ada).send({ text: 'x' })).body.code).toBe('NOT_ALLOWED');
    expect((await http().patch('/comments/th-1/9').set('Authorization', t.rita).send({ text: 'x' })).status).toBe(404);
  });

  it("resolve and reopen: the thread's author or the process's owner; a resolved thread takes no reply", async () => {
    expect((await http().post('/comments/th-1/resolve').set('Authorization', t.olle)).body.code).toBe('NOT_ALLOWED');
    const resolved = await http().post('/comments/th-1/resolve').set('Authorization', t.anna);
    expect([resolved.status, resolved.body.status]).toEqual([200, 'resolved']);
    const reply = await post('/processes/LF-01/comments', t.rita, { thread: 'th-1', text: 'x' });
    expect([reply.status, reply.body.code]).toEqual([422, 'THREAD_RESOLVED']);
    const read = await http().get('/processes/LF-01/comments').set('Authorization', t.aud);
    expect(read.body.threads[0]).toMatchObject({ status: 'resolved', resolved: { by: 'anna' } });
    expect((await http().post('/comments/th-1/reopen').set('Authorization', t.rita)).body.status).toBe('open');
  });

  it('as of a past position: the first comment as first written, the thread open, alone', async () => {
    const then = await http().get(`/processes/LF-01/comments?asOfPosition=${afterFirst}`).set('Authorization', t.aud).expect(200);
    expect(then.body.counts).toEqual({ threads: 1, open: 1, comments: 1 });
    expect(then.body.threads[0].comments[0]).toMatchObject({ text: 'Vem äger steg 2, @anna? Fråga @olle eller @okänd.', history: [] });
  });

  it('bad input: a stable code, nothing written', async () => {
    const head = await e2e.head();
    expect((await post('/processes/LF-01/comments', t.rita, { text: '   ' })).body).toMatchObject({ statusCode: 422, code: 'INVALID_INPUT' });
    expect((await post('/processes/LF-01/comments', t.rita, { text: 'x'.repeat(4001) })).body.code).toBe('INVALID_INPUT');
    expect((await post('/processes/LF-01/comments', t.rita, { text: 42 })).body.code).toBe('VALIDATION_FAILED');
    expect((await post('/processes/LF-01/comments', t.rita, { text: 'x', thread: 'th-1', id: 'th-9' })).status).toBe(422);
    expect((await post('/processes/LF-01/comments', t.rita, { text: 'x', id: 'th-1' })).body.code).toBe('ALREADY_EXISTS');
    expect((await post('/processes/NOPE/comments', t.rita, { text: 'x' })).status).toBe(404);
    expect((await post('/processes/LF-01/steps/s9/comments', t.rita, { text: 'x' })).status).toBe(404);
    expect((await post('/proposals/NOPE/comments', t.ada, { text: 'x' })).status).toBe(404);
    expect((await http().get('/proposals/NOPE/comments').set('Authorization', t.aud)).status).toBe(404);
    expect(await e2e.head()).toBe(head);
  });

  it('GET /principals: who a mention can name, by prefix', async () => {
    const res = await http().get('/principals?prefix=A').set('Authorization', t.rita).expect(200);
    expect(res.body.map((p: { id: string }) => p.id)).toEqual(['ada', 'adam', 'anna']);
  });
});
