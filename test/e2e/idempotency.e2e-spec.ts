import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, DEFINITION, tokensFor, type Tokens } from './support/world';

type Method = 'post' | 'put' | 'patch';
interface Write {
  name: string;
  method: Method;
  url: () => string;
  as: keyof Tokens;
  body: () => object;
  /** The same route with another (valid) body: a different request. */
  other: () => object;
}

/**
 * Issue 10 items 8 and 22: every write route, retried with its Idempotency-Key, answers exactly its
 * first answer (status, ETag, body) and appends nothing; the key reused for another request — another
 * body on the same route, or another route — is refused with 422 IDEMPOTENCY_KEY_REUSED and
 * appends nothing; a repeated, empty or too long header is 400.
 */
describe('E2E: Idempotency-Key on every write route', () => {
  let e2e: E2eApp;
  let t: Tokens;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  const send = (w: Write, key: string | undefined, body: object) => {
    const r = e2e.http()[w.method](w.url()).set('Authorization', t[w.as]);
    return (key === undefined ? r : r.set('Idempotency-Key', key)).send(body);
  };

  const proposal = (name: string) => ({ baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: name }], rationale: `call it ${name}` });
  const WRITES: Write[] = [
    { name: 'POST /stakeholders', method: 'post', url: () => '/stakeholders', as: 'ada', body: () => ({ id: 'idem-s', name: 'S', kind: 'office' }), other: () => ({ id: 'idem-s2', name: 'S', kind: 'office' }) },
    { name: 'PATCH /stakeholders/:id', method: 'patch', url: () => '/stakeholders/idem-s', as: 'ada', body: () => ({ name: 'S two' }), other: () => ({ name: 'S three' }) },
    { name: 'POST /stakeholders/:id/retire', method: 'post', url: () => '/stakeholders/idem-s/retire', as: 'ada', body: () => ({ reason: 'merged' }), other: () => ({ reason: 'closed' }) },
    { name: 'POST /bodies', method: 'post', url: () => '/bodies', as: 'ada', body: () => ({ id: 'idem-b', name: 'B', level: 'object', parent: 'adm', members: ['olle'] }), other: () => ({ id: 'idem-b2', name: 'B', level: 'object', parent: 'adm', members: ['olle'] }) },
    { name: 'PUT /bodies/:id/members', method: 'put', url: () => '/bodies/idem-b/members', as: 'ada', body: () => ({ members: ['olle', 'adam'] }), other: () => ({ members: ['adam'] }) },
    { name: 'POST /terms', method: 'post', url: () => '/terms', as: 'ada', body: () => ({ id: 'idem-t', label: 'T', definition: 'a term' }), other: () => ({ id: 'idem-t2', label: 'T', definition: 'a term' }) },
    { name: 'PATCH /terms/:id', method: 'patch', url: () => '/terms/idem-t', as: 'ada', body: () => ({ label: 'T2', definition: 'the term' }), other: () => ({ label: 'T3', definition: 'the term' }) },
    { name: 'POST /terms/:id/synonyms', method: 'post', url: () => '/terms/idem-t/synonyms', as: 'ada', body: () => ({ stakeholder: 'ksn', label: 'tee' }), other: () => ({ stakeholder: 'uh', label: 'tee' }) },
    { name: 'POST /terms/:id/deprecate', method: 'post', url: () => '/terms/idem-t/deprecate', as: 'ada', body: () => ({ reason: 'unused' }), other: () => ({ reason: 'replaced' }) },
    { name: 'POST /systems', method: 'post', url: () => '/systems', as: 'ada', body: () => ({ id: 'idem-sys', name: 'Sys', ownerStakeholder: 'ksn', governingBody: 'obj' }), other: () => ({ id: 'idem-sys2', name: 'Sys', ownerStakeholder: 'ksn', governingBody: 'obj' }) },
    { name: 'POST /systems/:id/retire', method: 'post', url: () => '/systems/idem-sys/retire', as: 'ada', body: () => ({ reason: 'old' }), other: () => ({ reason: 'older' }) },
    {
      name: 'POST /processes',
      method: 'post',
      url: () => '/processes',
      as: 'anna',
      body: () => ({ id: 'LF-I', name: 'Idempotent', ownerStakeholder: 'ksn', governingBody: 'obj', definition: DEFINITION }),
      other: () => ({ id: 'LF-J', name: 'Idempotent', ownerStakeholder: 'ksn', governingBody: 'obj', definition: DEFINITION }),
    },
    // No id in the body: the server picks one. A retry must answer that proposal, not a blank one.
    { name: 'POST /processes/:id/proposals', method: 'post', url: () => '/processes/LF-I/proposals', as: 'anna', body: () => proposal('Describe'), other: () => proposal('Write down') },
    { name: 'POST /proposals/:id/amend', method: 'post', url: () => `/proposals/${ids.p}/amend`, as: 'anna', body: () => proposal('Describe it'), other: () => proposal('Describe that') },
    { name: 'POST /proposals/:id/reviews', method: 'post', url: () => `/proposals/${ids.p}/reviews`, as: 'rita', body: () => ({ stakeholder: 'ksn', verdict: 'accept', comment: 'fine' }), other: () => ({ stakeholder: 'ksn', verdict: 'reject', comment: 'no' }) },
    { name: 'POST /proposals/:id/reviews (a rejection: escalates)', method: 'post', url: () => `/proposals/${ids.p}/reviews`, as: 'ulf', body: () => ({ stakeholder: 'uh', verdict: 'reject', comment: 'no' }), other: () => ({ stakeholder: 'uh', verdict: 'accept', comment: 'ok' }) },
    // The approval applies the proposal in the same request: the replay must show the same applied revision.
    { name: 'POST /proposals/:id/decisions (applies)', method: 'post', url: () => `/proposals/${ids.p}/decisions`, as: 'olle', body: () => ({ body: 'obj', outcome: 'approve', motivation: 'clearer' }), other: () => ({ body: 'obj', outcome: 'reject', motivation: 'no' }) },
    { name: 'PUT /processes/:id/default-adoption-target', method: 'put', url: () => '/processes/LF-I/default-adoption-target', as: 'anna', body: () => ({ daysAfterApplied: 90 }), other: () => ({ daysAfterApplied: 30 }) },
    { name: 'POST /processes/:id/adoptions', method: 'post', url: () => '/processes/LF-I/adoptions', as: 'rita', body: () => ({ stakeholder: 'ksn', revision: 2, adoptedOn: '2025-01-10' }), other: () => ({ stakeholder: 'ksn', revision: 1, adoptedOn: '2025-01-10' }) },
    { name: 'POST /processes/:id/proposals (a second one)', method: 'post', url: () => '/processes/LF-I/proposals', as: 'anna', body: () => ({ ...proposal('Again'), baseRevision: 2 }), other: () => ({ ...proposal('Once more'), baseRevision: 2 }) },
    { name: 'POST /proposals/:id/withdraw', method: 'post', url: () => `/proposals/${ids.p2}/withdraw`, as: 'anna', body: () => ({ reason: 'not now' }), other: () => ({ reason: 'never' }) },
  ];

  it.each(WRITES.map((w, i) => [w.name, i] as const))('%s: a retry answers the first answer; the key on another request is refused', async (_name, i) => {
    const w = WRITES[i];
    const key = `key-${i}`;
    const first = await send(w, key, w.body());
    expect(first.status).toBeLessThan(300);
    if (w.name === 'POST /processes/:id/proposals') ids.p = first.body.id;
    if (w.name === 'POST /processes/:id/proposals (a second one)') ids.p2 = first.body.id;
    const head = await e2e.head();

    const retry = await send(w, key, w.body());
    expect(retry.status).toBe(first.status);
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');

    const sameRouteOtherBody = await send(w, key, w.other());
    expect(sameRouteOtherBody.status).toBe(422);
    expect(sameRouteOtherBody.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    // The same principal's key on another route (refused before any rule is checked, so before
    // whether this principal may write there at all).
    const previous = WRITES[i === 0 ? 1 : i - 1];
    const otherRoute = await send({ ...previous, as: w.as }, key, previous.other());
    expect(otherRoute.status).toBe(422);
    expect(otherRoute.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await e2e.head()).toBe(head);
  });

  it('the first proposal answers with its real id and status, and was applied by the decision', () => {
    expect(ids.p).toMatch(/\S/);
    return e2e
      .http()
      .get(`/proposals/${ids.p}`)
      .set('Authorization', t.anna)
      .expect(200)
      .then((r) => expect(r.body).toMatchObject({ id: ids.p, status: 'applied', appliedRevision: 2 }));
  });

  it('another principal’s use of the same key is its own request', async () => {
    const w = WRITES[0];
    const mine = await send({ ...w, as: 'ada' }, 'shared-key', { id: 'idem-own-1', name: 'X', kind: 'office' });
    expect(mine.status).toBe(201);
    const admin2 = await e2e.bearer('ada2', [{ role: 'admin' }]);
    const theirs = await e2e.http().post('/stakeholders').set('Authorization', admin2).set('Idempotency-Key', 'shared-key').send({ id: 'idem-own-2', name: 'Y', kind: 'office' });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).toBe('idem-own-2');
  });

  it('the same body with its fields in another order is the same request', async () => {
    const a = await e2e.http().post('/stakeholders').set('Authorization', t.ada).set('Idempotency-Key', 'order').send('{"id":"idem-o","name":"O","kind":"office"}').set('Content-Type', 'application/json');
    const b = await e2e.http().post('/stakeholders').set('Authorization', t.ada).set('Idempotency-Key', 'order').send('{"kind":"office","name":"O","id":"idem-o"}').set('Content-Type', 'application/json');
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
  });

  describe('the header itself (item 22)', () => {
    const post = () => e2e.http().post('/stakeholders').set('Authorization', t.ada);
    it('two Idempotency-Key headers: 400, nothing written', async () => {
      const head = await e2e.head();
      const res = await post().set('Idempotency-Key', ['a', 'b'] as unknown as string).send({ id: 'idem-two', name: 'T', kind: 'office' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'idempotency-key' }] });
      expect(await e2e.head()).toBe(head);
    });
    it('two If-Match headers: 400', async () => {
      const res = await e2e.http().patch('/stakeholders/ksn').set('Authorization', t.ada).set('If-Match', ['"0"', '"0"'] as unknown as string).send({ name: 'K' });
      expect(res.status).toBe(400);
    });
    it.each([
      ['empty', ''],
      ['blank', '   '],
      ['over 200 characters', 'k'.repeat(201)],
    ])('an Idempotency-Key that is %s: 400', async (_what, key) => {
      const res = await post().set('Idempotency-Key', key).send({ id: 'idem-bad', name: 'B', kind: 'office' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
    it('a key of exactly 200 characters, with a comma in it, is one key', async () => {
      const res = await post().set('Idempotency-Key', `a, b${'k'.repeat(196)}`).send({ id: 'idem-200', name: 'B', kind: 'office' });
      expect(res.status).toBe(201);
    });
  });
});
