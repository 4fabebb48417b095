import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

describe('E2E: register writes, ETag, If-Match, Idempotency-Key, races', () => {
  let e2e: E2eApp;
  let t: Tokens;
  const http = () => e2e.http();

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  it('stakeholders: register, rename (If-Match), retire; 404 and 422 refusals', async () => {
    const created = await http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'ifn', name: 'Idrott', kind: 'committee' });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"0"');
    // Read-your-writes, no sleeping.
    expect((await http().get('/stakeholders').set('Authorization', t.rita)).body.map((s: { id: string }) => s.id)).toContain('ifn');

    const renamed = await http().patch('/stakeholders/ifn').set('Authorization', t.ada).set('If-Match', '"0"').send({ name: 'Idrotts- och fritidsnämnden' });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.etag).toBe('"1"');
    expect(renamed.body).toMatchObject({ id: 'ifn', name: 'Idrotts- och fritidsnämnden' });

    const stale = await http().patch('/stakeholders/ifn').set('Authorization', t.ada).set('If-Match', '"0"').send({ name: 'Stale' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');

    const retired = await http().post('/stakeholders/ifn/retire').set('Authorization', t.ada).send({ reason: 'merged' });
    expect(retired.status).toBe(200);
    expect(retired.headers.etag).toBe('"2"');
    expect((await http().post('/stakeholders/ifn/retire').set('Authorization', t.ada).send({ reason: 'again' })).body.code).toBe('ALREADY_RETIRED');
    expect((await http().patch('/stakeholders/nope').set('Authorization', t.ada).send({ name: 'x' })).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'ksn', name: 'dup', kind: 'committee' })).body).toMatchObject({ statusCode: 422, code: 'ALREADY_EXISTS' });
  });

  it('bodies: establish and replace members; hierarchy is checked', async () => {
    const bad = await http().post('/bodies').set('Authorization', t.ada).send({ id: 'obj2', name: 'O2', level: 'object', parent: 'port', members: [] });
    expect(bad.body).toMatchObject({ statusCode: 422, code: 'INVALID_BODY_HIERARCHY' });
    const ok = await http().post('/bodies').set('Authorization', t.ada).send({ id: 'obj2', name: 'O2', level: 'object', parent: 'adm', members: ['olle'] });
    expect(ok.status).toBe(201);
    const members = await http().put('/bodies/obj2/members').set('Authorization', t.ada).set('If-Match', ok.headers.etag).send({ members: ['olle', 'otto'] });
    expect(members.status).toBe(200);
    expect(members.body.members).toEqual(['olle', 'otto']);
    const bodies = await http().get('/bodies').set('Authorization', t.aud);
    expect(bodies.body.find((b: { id: string }) => b.id === 'obj2').members).toEqual(['olle', 'otto']);
  });

  it('terms: define, map a synonym (admin or reviewer of that stakeholder), revise, deprecate', async () => {
    await http().post('/terms').set('Authorization', t.ada).send({ id: 'avtal', label: 'Avtal', definition: 'An agreement' }).expect(201);
    const syn = await http().post('/terms/avtal/synonyms').set('Authorization', t.ulf).send({ stakeholder: 'uh', label: 'Kontrakt' });
    expect(syn.status).toBe(201);
    const foreign = await http().post('/terms/avtal/synonyms').set('Authorization', t.ulf).send({ stakeholder: 'ksn', label: 'Överenskommelse' });
    expect(foreign.status).toBe(403);
    await http().patch('/terms/avtal').set('Authorization', t.ada).send({ label: 'Avtal', definition: 'A written agreement' }).expect(200);
    const dep = await http().post('/terms/avtal/deprecate').set('Authorization', t.ada).send({ reason: 'use lokal', replacedBy: 'lokal' });
    expect(dep.status).toBe(200);
    const terms = await http().get('/terms').set('Authorization', t.rita);
    const avtal = terms.body.find((x: { id: string }) => x.id === 'avtal');
    expect(avtal).toMatchObject({ deprecated: true, replacedBy: 'lokal', synonyms: { uh: ['Kontrakt'] } });
  });

  it('systems: register and retire; the register answers where a system is used', async () => {
    await http().post('/systems').set('Authorization', t.ada).send({ id: 'ekosys', name: 'Ekonomi', ownerStakeholder: 'ksn', governingBody: 'obj' }).expect(201);
    expect((await http().post('/systems').set('Authorization', t.ada).send({ id: 'x1', name: 'X', ownerStakeholder: 'nope', governingBody: 'obj' })).body.statusCode).toBe(422);
    await http().post('/systems/ekosys/retire').set('Authorization', t.ada).send({ reason: 'replaced' }).expect(200);
    const systems = await http().get('/systems').set('Authorization', t.rita);
    expect(systems.body.find((s: { id: string }) => s.id === 'ekosys')).toMatchObject({ status: 'retired' });
  });

  it('processes: an invalid definition is 400 (shape) or 422 (meaning)', async () => {
    const shape = await http().post('/processes').set('Authorization', t.anna).send({ id: 'LF-02', name: 'x', ownerStakeholder: 'ksn', governingBody: 'obj', definition: { purpose: 'p' } });
    expect(shape.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const meaning = await http()
      .post('/processes')
      .set('Authorization', t.anna)
      .send({ id: 'LF-02', name: 'x', ownerStakeholder: 'ksn', governingBody: 'obj', definition: { purpose: 'p', participants: ['ksn'], steps: { s1: { name: 'a', performer: 'ghost', order: 1 } }, handovers: {} } });
    expect(meaning.status).toBe(422);
  });

  it('Idempotency-Key: the retry answers the first answer and appends nothing; another principal’s key is its own', async () => {
    const send = (token: string, id: string) => http().post('/stakeholders').set('Authorization', token).set('Idempotency-Key', 'create-once').send({ id, name: id, kind: 'office' });
    const first = await send(t.ada, 'office-1');
    const headAfterFirst = await e2e.head();
    const retry = await send(t.ada, 'office-1');
    expect(await e2e.head()).toBe(headAfterFirst);
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.etag).toBe(first.headers.etag);
    // Same key, different route: another request, refused (issue 10 item 8), nothing written.
    const rename = await http().patch('/stakeholders/office-1').set('Authorization', t.ada).set('Idempotency-Key', 'create-once').send({ name: 'Office one' });
    expect(rename.status).toBe(422);
    expect(rename.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await e2e.head()).toBe(headAfterFirst);
  });

  it('racing writers on one stream: exactly one wins; the others get 409 or a re-checked refusal', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'contested', name: 'C', kind: 'office' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 201)) expect(['CONCURRENCY_CONFLICT', 'ALREADY_EXISTS']).toContain(r.body.code);
    // Every rename changes the name: a rename to the current name ('C') decides nothing, and one
    // decided while another rename's commit is still syncing is rightly answered 200 at revision 0
    // (it is ordered before that rename) — no competing write.
    const renames = await Promise.all(
      ['A', 'B', 'D', 'E'].map((name) => http().patch('/stakeholders/contested').set('Authorization', t.ada).set('If-Match', '"0"').send({ name })),
    );
    const winners = renames.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(winners[0].headers.etag).toBe('"1"');
    for (const r of renames.filter((x) => x.status !== 200)) expect([409, 412]).toContain(r.status);
  });
});
