import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** PM3 (issue 15): a management object, its plan decided within the body's budget mandate, minutes — through HTTP. */
describe('E2E: management objects, plans and minutes', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let vera: string;
  let ivan: string;

  beforeAll(async () => {
    e2e = await startE2eApp({}, '2026-01-10T09:00:00.000Z');
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    vera = await e2e.bearer('vera');
    ivan = await e2e.bearer('ivan');
  });
  afterAll(() => e2e.close());

  const send = (method: 'post' | 'put', url: string, token: string, body: object) => e2e.http()[method](url).set('Authorization', token).send(body);
  const get = (url: string, token = t.anna) => e2e.http().get(url).set('Authorization', token);
  const head = async () => (await get('/audit/verify', t.aud)).body.headPosition as string;
  const object = { id: 'lokal', name: 'Lokalförsörjning', systems: ['fastsys'], processes: ['LF-01'], body: 'obj', roles: { owner: 'olle', businessManager: 'vera', itManager: 'ivan' } };
  const content = {
    goals: ['Alla lokaler registrerade'],
    activities: [
      { id: 'a1', title: 'Inventera lokaler' },
      { id: 'a2', title: 'Uppgradera systemet', state: 'ongoing' },
    ],
    budget: 1_500_000,
    risks: ['Leverantören levererar sent'],
    forums: [{ name: 'Objektstyrgrupp', cadence: 'varje månad' }],
  };
  const plan = '/management-objects/lokal/plans/2026';
  const marks: Record<string, string> = {};

  it('an admin registers the object; its body must be object-level and its systems and processes registered', async () => {
    expect((await send('post', '/management-objects', t.anna, object)).body.code).toBe('NOT_ALLOWED');
    expect((await send('post', '/management-objects', t.ada, { ...object, body: 'adm' })).body.code).toBe('INVALID_BODY_HIERARCHY');
    expect((await send('post', '/management-objects', t.ada, { ...object, processes: ['XX-9'] })).body.code).toBe('PROCESS_UNKNOWN');
    expect((await send('post', '/management-objects', t.ada, { ...object, systems: ['ghost'] })).body.code).toBe('SYSTEM_UNKNOWN');
    expect((await send('post', '/management-objects', t.ada, { ...object, extra: 1 })).status).toBe(400);
    marks.empty = await head();
    const created = await send('post', '/management-objects', t.ada, object);
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"0"');
    expect(created.body).toMatchObject({ id: 'lokal', body: 'obj', roles: { owner: 'olle' } });
    const roles = await send('put', '/management-objects/lokal/roles', t.ada, { owner: 'olle', businessManager: 'vera', itManager: 'ivan' });
    expect([roles.status, roles.headers.etag]).toEqual([200, '"0"']);
    const listed = await get('/management-objects');
    expect(listed.body.map((o: { id: string }) => o.id)).toEqual(['lokal']);
    // The administration and portfolio bodies keep the objects of their area.
    expect((await get('/management-objects?body=port')).body.map((o: { id: string }) => o.id)).toEqual(['lokal']);
    expect((await get('/management-objects?body=nobody')).body).toEqual([]);
    expect((await get('/management-objects/lokal')).body).toMatchObject({ name: 'Lokalförsörjning', systems: ['fastsys'], processes: ['LF-01'], planYears: [] });
    expect((await get(`/management-objects/lokal?asOfPosition=${marks.empty}`)).status).toBe(404);
  });

  it('an admin changes the scope; the same scope again appends nothing', async () => {
    const changed = await send('put', '/management-objects/lokal', t.ada, { name: 'Lokaler', systems: ['fastsys'], processes: [], body: 'obj' });
    expect([changed.status, changed.body.name, changed.headers.etag]).toEqual([200, 'Lokaler', '"1"']);
    const again = await send('put', '/management-objects/lokal', t.ada, { name: 'Lokaler', systems: ['fastsys'], processes: [], body: 'obj' });
    expect(again.headers.etag).toBe('"1"');
    expect((await send('put', '/management-objects/ghost', t.ada, { name: 'x', systems: [], processes: [], body: 'obj' })).status).toBe(404);
  });

  it("a body's budget frame is set by an admin; a plan beyond it escalates to the parent, which decides", async () => {
    expect((await send('put', '/bodies/obj/budget-frame', t.olle, { budgetFrame: 1_000_000 })).body.code).toBe('NOT_ALLOWED');
    expect((await send('put', '/bodies/obj/budget-frame', t.ada, { budgetFrame: 1.5 })).body.code).toBe('INVALID_INPUT');
    const framed = await send('put', '/bodies/obj/budget-frame', t.ada, { budgetFrame: 1_000_000 });
    expect(framed.body).toMatchObject({ id: 'obj', budgetFrame: 1_000_000 });
    // The write answers the body as its GET shows it, the frame included.
    expect((await get('/bodies/obj', t.ada)).body).toEqual(framed.body);
    expect(framed.body).not.toHaveProperty('exists');

    expect((await send('put', plan, t.olle, content)).body.code).toBe('NOT_ALLOWED');
    expect((await send('put', plan, vera, { ...content, budget: -1 })).body).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'budget' } });
    const drafted = await send('put', plan, vera, content);
    expect(drafted.status).toBe(200);
    expect(drafted.body).toMatchObject({ revision: 1, status: 'draft', heldBy: 'obj' });
    // A plan write answers the plan as its GET shows it (docs/api.md "Writes").
    expect(drafted.body).toEqual((await get(plan)).body);
    marks.drafted = await head();

    expect((await send('post', `${plan}/decision`, vera, { revision: 1, outcome: 'approve', motivation: 'Bra' })).body.code).toBe('NOT_A_BODY_MEMBER');
    const escalated = await send('post', `${plan}/decision`, t.olle, { revision: 1, outcome: 'approve', motivation: 'Bra plan' });
    expect(escalated.body).toMatchObject({ status: 'draft', heldBy: 'adm', decisions: [] });
    expect((await send('post', `${plan}/follow-ups`, ivan, { activities: [], budgetSpent: 0 })).body.code).toBe('INVALID_PLAN_STATE');
    const decided = await send('post', `${plan}/decision`, t.adam, { revision: 1, outcome: 'approve', motivation: 'Ryms i förvaltningens ram' });
    expect(decided.body).toMatchObject({ status: 'decided', decisions: [{ revision: 1, body: 'adm', outcome: 'approve', decidedBy: 'adam' }] });
    marks.decided = await head();
    const read = (await get(plan)).body;
    expect(read).toMatchObject({ revision: 1, status: 'decided', escalations: [{ from: 'obj', to: 'adm', budget: 1_500_000, budgetFrame: 1_000_000 }] });
    expect(read.content.activities).toEqual([
      { id: 'a1', title: 'Inventera lokaler', state: 'planned' },
      { id: 'a2', title: 'Uppgradera systemet', state: 'ongoing' },
    ]);
    expect((await get('/management-objects/lokal')).body.planYears).toEqual([2026]);
  });

  it('the object managers follow up the decided plan, then revise it: revision 2 is a draft again', async () => {
    expect((await send('post', `${plan}/follow-ups`, ivan, { activities: [{ id: 'zz', state: 'done' }], budgetSpent: 1 })).body.code).toBe('INVALID_INPUT');
    const followed = await send('post', `${plan}/follow-ups`, ivan, { activities: [{ id: 'a1', state: 'done' }], budgetSpent: 310_000, note: 'Inventeringen klar' });
    expect(followed.status).toBe(201);
    expect(followed.body).toEqual((await get(plan)).body);
    expect((await get(plan)).body.followUp).toMatchObject({ revision: 1, activities: { a1: 'done' }, budgetSpent: 310_000, by: 'ivan' });
    expect((await send('put', plan, vera, content)).body.code).toBe('INVALID_PLAN_STATE');
    const revised = await send('post', `${plan}/revisions`, vera, { ...content, budget: 900_000 });
    expect(revised.body).toMatchObject({ revision: 2, status: 'draft', heldBy: 'obj' });
    expect(revised.body).toEqual((await get(plan)).body);
    expect((await send('post', `${plan}/follow-ups`, ivan, { activities: [], budgetSpent: 1 })).body.code).toBe('INVALID_PLAN_STATE');
    expect((await send('post', `${plan}/decision`, t.olle, { revision: 1, outcome: 'approve', motivation: 'x' })).body.code).toBe('STALE_BASE_REVISION');
    const again = await send('post', `${plan}/decision`, t.olle, { revision: 2, outcome: 'approve', motivation: 'Ryms i objektets ram' });
    expect(again.body).toMatchObject({ revision: 2, status: 'decided', heldBy: 'obj' });
    // As of the first decision: revision 1, decided; as of the draft: held by the object body.
    expect((await get(`${plan}?asOfPosition=${marks.decided}`)).body).toMatchObject({ revision: 1, status: 'decided' });
    expect((await get(`${plan}?asOfPosition=${marks.drafted}`)).body).toMatchObject({ revision: 1, status: 'draft', heldBy: 'obj' });
    expect((await get(`${plan}?asOfPosition=${marks.empty}`)).status).toBe(404);
    expect((await get('/management-objects/lokal/plans/20x6')).status).toBe(404);
  });

  it('a member records the minutes with the body’s decisions; they export as archive-friendly HTML', async () => {
    const minutes = { meeting: '2026-02', date: '2026-02-12', present: ['adam'], decisions: [{ kind: 'plan', ref: 'lokal/2026/1' }] };
    expect((await send('post', '/bodies/adm/minutes', t.olle, minutes)).body.code).toBe('NOT_A_BODY_MEMBER');
    expect((await send('post', '/bodies/adm/minutes', t.adam, { ...minutes, decisions: [{ kind: 'plan', ref: 'lokal/2026/2' }] })).body.code).toBe('DECISION_UNKNOWN');
    const before = await head();
    const recorded = await send('post', '/bodies/adm/minutes', t.adam, minutes);
    expect(recorded.status).toBe(201);
    expect(recorded.body.decisions).toEqual([{ kind: 'plan', ref: 'lokal/2026/1', outcome: 'approve', motivation: 'Ryms i förvaltningens ram', decidedBy: 'adam' }]);
    expect((await send('post', '/bodies/adm/minutes', t.adam, minutes)).body.code).toBe('ALREADY_EXISTS');

    expect((await get('/bodies/adm/minutes')).body.map((m: { meeting: string }) => m.meeting)).toEqual(['2026-02']);
    expect((await get(`/bodies/adm/minutes?asOfPosition=${before}`)).body).toEqual([]);
    expect((await get('/bodies/nobody/minutes')).status).toBe(404);
    expect((await get('/bodies/adm/minutes/2026-02')).body).toMatchObject({ date: '2026-02-12', present: ['adam'] });

    const html = await get('/bodies/adm/minutes/2026-02.html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.text).toMatch(/^<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">/);
    expect(html.text).not.toMatch(/<script|<link|src=/i);
    expect(html.text).toContain('<td>Förvaltningsplan</td><td>lokal/2026/1</td><td>Godkänt</td><td>Ryms i förvaltningens ram</td><td>adam</td>');
    const negotiated = await get('/bodies/adm/minutes/2026-02').set('Accept', 'text/html');
    expect(negotiated.text).toBe(html.text);
    expect((await get('/bodies/adm/minutes/2026-03.html')).status).toBe(404);
  });
});
