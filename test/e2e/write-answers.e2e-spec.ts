import { startE2eApp, type E2eApp } from './support/e2e-app';
import { tokensFor, type Tokens } from './support/world';

/**
 * A created resource answers 201 with Location, and a write answers its resource as the GET
 * shows it (docs/api.md "Writes"), never the decider's state (`exists`, `revisions`, …).
 */
describe('E2E: 201 with Location, and every write answers what its GET shows', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let olle: string;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    olle = await e2e.bearer('olle', []);
  });
  afterAll(() => e2e?.close());

  const send = (method: 'post' | 'put' | 'patch', url: string, token: string, body?: object) => e2e.http()[method](url).set('Authorization', token).send(body);
  const get = async (url: string) => (await e2e.http().get(url).set('Authorization', t.ada).expect(200)).body;

  /** A create: 201, Location where its GET is, and the body that GET answers. */
  const created = async (url: string, token: string, body: object, location: string | RegExp) => {
    const res = await send('post', url, token, body);
    expect([url, res.status]).toEqual([url, 201]);
    expect(res.headers.location).toMatch(typeof location === 'string' ? new RegExp(`^${location}$`) : location);
    expect(res.body).not.toHaveProperty('exists');
    const { secret, ...rest } = res.body;
    expect(rest).toEqual(await get(res.headers.location));
    return { res, secret };
  };

  /** Any other write: the body its GET answers, and no Location. */
  const answered = async (method: 'post' | 'put' | 'patch', url: string, token: string, body: object, getUrl: string) => {
    const res = await send(method, url, token, body);
    // An action on an existing resource: 200 (a POST that records something on it: 201 as before).
    expect([url, method === 'post' ? [200, 201].includes(res.status) : res.status === 200]).toEqual([url, true]);
    expect(res.headers.location).toBeUndefined();
    expect(res.body).toEqual(await get(getUrl));
  };

  it('registers, bodies, terms, systems, processes and their follow-up writes', async () => {
    for (const [id, kind] of [['ksn', 'committee'], ['uh', 'company']]) await created('/stakeholders', t.ada, { id, name: id.toUpperCase(), kind }, `/stakeholders/${id}`);
    await answered('patch', '/stakeholders/uh', t.ada, { name: 'Uppsalahem AB' }, '/stakeholders/uh');
    await created('/bodies', t.ada, { id: 'port', name: 'Portfolio', level: 'portfolio', members: ['pia'] }, '/bodies/port');
    await created('/bodies', t.ada, { id: 'adm', name: 'Administration', level: 'administration', parent: 'port', members: ['adam'] }, '/bodies/adm');
    await created('/bodies', t.ada, { id: 'obj', name: 'Objekt', level: 'object', parent: 'adm', members: ['olle'] }, '/bodies/obj');
    await answered('put', '/bodies/obj/members', t.ada, { members: ['olle', 'tove'] }, '/bodies/obj');
    await created('/terms', t.ada, { id: 'lokal', label: 'Lokal', definition: 'Ett rum eller en byggnad' }, '/terms/lokal');
    await answered('post', '/terms/lokal/synonyms', t.ada, { stakeholder: 'ksn', label: 'Lokalen' }, '/terms/lokal');
    await created('/systems', t.ada, { id: 'fastsys', name: 'Fastighetssystem', ownerStakeholder: 'ksn', governingBody: 'obj' }, '/systems/fastsys');
    const definition = { purpose: 'p', participants: ['ksn', 'uh'], steps: { s1: { name: 'Beskriv', performer: 'ksn', order: 1 } }, handovers: {} };
    await created('/processes', t.anna, { id: 'LF-01', name: 'Lokalbehovsanalys', ownerStakeholder: 'ksn', governingBody: 'obj', definition }, '/processes/LF-01');
    await answered('post', '/processes/LF-01/adoptions', t.rita, { stakeholder: 'ksn', revision: 1, adoptedOn: '2025-01-05' }, '/processes/LF-01');
    await answered('put', '/processes/LF-01/default-adoption-target', t.anna, { daysAfterApplied: 90 }, '/processes/LF-01');
    await answered('put', '/processes/LF-01/review-cycle', t.anna, { intervalMonths: 12, owner: 'anna' }, '/processes/LF-01/review-cycle');
    await answered('post', '/systems/fastsys/retire', t.ada, { reason: 'ersatt' }, '/systems/fastsys');
    await answered('post', '/stakeholders/uh/retire', t.ada, { reason: 'avvecklad' }, '/stakeholders/uh');
  });

  it('proposals, webhook subscriptions (the secret once), management objects and minutes', async () => {
    const proposal = await send('post', '/processes/LF-01/proposals', t.anna, { baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Beskriv behov' }], rationale: 'tydligare' });
    expect(proposal.status).toBe(201);
    expect(proposal.headers.location).toBe(`/proposals/${proposal.body.id}`);
    expect(proposal.body).toEqual(await get(proposal.headers.location));
    const hook = await created('/webhooks', t.ada, { url: 'https://arkiv.example.org/hook', filter: { eventTypes: ['StakeholderRetired'] } }, /^\/webhooks\/[0-9a-f-]{36}$/);
    expect(hook.secret).toMatch(/^whsec_/);
    const roles = { owner: 'olle', businessManager: 'vera', itManager: 'ivan' };
    await created('/management-objects', t.ada, { id: 'lokal', name: 'Lokaler', systems: [], processes: ['LF-01'], body: 'obj', roles }, '/management-objects/lokal');
    await answered('put', '/management-objects/lokal', t.ada, { name: 'Lokalförsörjning', systems: [], processes: ['LF-01'], body: 'obj' }, '/management-objects/lokal');
    await answered('put', '/management-objects/lokal/roles', t.ada, { ...roles, itManager: 'isak' }, '/management-objects/lokal');
    const id = hook.res.body.id as string;
    await answered('patch', `/webhooks/${id}`, t.ada, { description: 'Arkivet' }, `/webhooks/${id}`);
    await answered('post', `/webhooks/${id}/pause`, t.ada, { note: 'underhåll' }, `/webhooks/${id}`);
    await answered('post', `/webhooks/${id}/resume`, t.ada, {}, `/webhooks/${id}`);
    const rotated = await send('post', `/webhooks/${id}/rotate-secret`, t.ada, {});
    const { secret, ...afterRotation } = rotated.body;
    expect([secret === hook.secret, String(secret).startsWith('whsec_')]).toEqual([false, true]);
    expect(afterRotation).toEqual(await get(`/webhooks/${id}`));
    await created('/bodies/obj/minutes', olle, { meeting: '2025-01', date: '2025-01-10', present: ['olle'], decisions: [] }, '/bodies/obj/minutes/2025-01');
  });

  it('comments: a thread and a reply answer the thread at its Location, as do an edit, resolve and reopen', async () => {
    const thread = await created('/processes/LF-01/comments', t.anna, { text: 'Vem äger steget?' }, /^\/comments\/[0-9a-f-]{36}$/);
    const id = thread.res.body.id as string;
    expect((await get('/processes/LF-01/comments')).threads).toContainEqual(thread.res.body);
    await created('/processes/LF-01/comments', t.rita, { text: 'Kommunstyrelsen', thread: id }, `/comments/${id}`);
    await created('/processes/LF-01/steps/s1/comments', t.anna, { text: 'Om steget' }, /^\/comments\/[0-9a-f-]{36}$/);
    await answered('patch', `/comments/${id}/1`, t.anna, { text: 'Vem äger steget Beskriv?' }, `/comments/${id}`);
    await answered('post', `/comments/${id}/resolve`, t.anna, {}, `/comments/${id}`);
    await answered('post', `/comments/${id}/reopen`, t.anna, {}, `/comments/${id}`);
    expect((await e2e.http().get('/comments/no-such-thread').set('Authorization', t.ada)).status).toBe(404);
  });

  it('a refused create answers no Location and changes nothing', async () => {
    const res = await send('post', '/stakeholders', t.ada, { id: 'ksn', name: 'Again', kind: 'committee' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.location).toBeUndefined();
    expect((await get('/stakeholders/ksn')).name).toBe('KSN');
    expect((await e2e.http().get('/stakeholders/nobody').set('Authorization', t.ada)).status).toBe(404);
  });
});
