import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { openRuntime } from '../../../apps/api/src/bootstrap/samsyn-runtime';
import { startE2eApp, type E2eApp } from '../support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from '../support/world';
import { watched } from './reads.health-watch';

/**
 * Issue 10, the reads: time travel far beyond the head (item 1), ids named like members of
 * Object.prototype (item 2), and GETs of such ids (item 10). Every request runs while GET /health
 * is asked over and over: each health answer within a second, memory growth per request bounded.
 */
const HOSTILE = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];

/** Every GET route that takes an id, with `:id` for the id. */
const ID_ROUTES = [
  '/processes/:id',
  '/processes/:id/revisions',
  '/processes/:id/revisions/1',
  '/processes/:id/diff?from=1&to=1',
  '/processes/:id/bpmn',
  '/proposals/:id',
  '/stakeholders/:id/history',
];

/** Every GET route whose filters take an id: an unknown one is an empty answer. */
const FILTER_ROUTES = ['/proposals?process=:id', '/proposals?awaitingStakeholder=:id', '/proposals?awaitingBody=:id', '/audit/events?stream=:id', '/audit/events?actor=:id', '/audit/events?type=:id'];

const LISTS = ['/catalogue', '/proposals', '/stakeholders', '/bodies', '/terms', '/systems', '/audit/events', '/reports/harmonization', '/reports/governance', '/reports/nomenclature', '/reports/variants', '/handovers'];

const withQuery = (route: string, query: string) => `${route}${route.includes('?') ? '&' : '?'}${query}`;

describe('E2E hostile inputs: reads (issue 10, items 1, 2, 10)', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let base: string;
  let noRoles: string;
  const get = async (route: string, token = t.aud) => watched(base, route, { token });
  const write = async (method: string, route: string, token: string, body: unknown) => watched(base, route, { method, token, body });

  beforeAll(async () => {
    e2e = await startE2eApp();
    const server = e2e.app.getHttpServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await tokensFor(e2e);
    noRoles = await e2e.bearer('nobody', []);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  describe('item 10: GETs of ids that name nothing answer 404, never 500', () => {
    it.each(ID_ROUTES.flatMap((route) => HOSTILE.map((id) => [route.replace(':id', encodeURIComponent(id))])))('GET %s → 404 NOT_FOUND', async (route) => {
      const r = await get(route);
      expect([r.status, (r.body as { code?: string }).code]).toEqual([404, 'NOT_FOUND']);
      const asOf = await get(withQuery(route, 'asOfPosition=3'));
      expect(asOf.status).toBe(404);
    });

    // Filters that take a resource id refuse one that cannot be an id (a leading "_") with 400.
    it.each(FILTER_ROUTES.flatMap((route) => HOSTILE.map((id) => [route.replace(':id', encodeURIComponent(id)), id])))('GET %s → 200 and nothing (or 400 for a non-id)', async (route, id) => {
      const r = await get(route);
      if (r.status === 400) {
        expect([id.startsWith('_'), (r.body as { code?: string }).code]).toEqual([true, 'VALIDATION_FAILED']);
        return;
      }
      expect(r.status).toBe(200);
      expect(Array.isArray(r.body) ? r.body : (r.body as { events: unknown[] }).events).toEqual([]);
    });
  });

  describe('item 1: asOfPosition / asOf beyond the head answer as of the head, nonsense is 400', () => {
    it.each(['1000000000', String(Number.MAX_SAFE_INTEGER)])('GET /catalogue?asOfPosition=%s by a principal without roles answers as of the head', async (position) => {
      const head = String(await e2e.head());
      const atHead = await get(`/catalogue?asOfPosition=${head}`, noRoles);
      const beyond = await get(`/catalogue?asOfPosition=${position}`, noRoles);
      expect(beyond.status).toBe(200);
      expect(beyond.body).toEqual(atHead.body);
    });

    it.each([...LISTS, '/processes/LF-01', '/processes/LF-01/revisions', '/processes/LF-01/revisions/1', '/processes/LF-01/diff?from=1&to=1', '/processes/LF-01/bpmn', '/stakeholders/ksn/history'])(
      'GET %s as of 2^53 − 1 and as of the year 9999 answer as of the head',
      async (route) => {
        const head = String(await e2e.head());
        const atHead = await get(withQuery(route, `asOfPosition=${head}`));
        expect(atHead.status).toBe(200);
        const beyond = await get(withQuery(route, `asOfPosition=${Number.MAX_SAFE_INTEGER}`));
        expect([beyond.status, beyond.text]).toEqual([200, atHead.text]);
        const future = await get(withQuery(route, 'asOf=9999-12-31T23:59:59Z'));
        expect([future.status, future.text]).toEqual([200, atHead.text]);
      },
    );

    it.each(['9223372036854775807', '9007199254740992', '99999999999999999999', '-1', '1.5', '1e3', '0x10', 'abc', ''])('GET /catalogue?asOfPosition=%s → 400 VALIDATION_FAILED', async (position) => {
      for (const route of ['/catalogue', '/processes/LF-01', '/stakeholders/ksn/history', '/audit/events', '/reports/governance']) {
        const r = await get(withQuery(route, `asOfPosition=${encodeURIComponent(position)}`));
        expect([route, r.status, (r.body as { code?: string }).code]).toEqual([route, 400, 'VALIDATION_FAILED']);
      }
    });

    it.each(['275760-09-13T00:00:00Z', '2025-02-30T00:00:00Z', 'tomorrow', '-000001-01-01T00:00:00Z'])('GET /catalogue?asOf=%s → 400 VALIDATION_FAILED', async (instant) => {
      const r = await get(`/catalogue?asOf=${encodeURIComponent(instant)}`);
      expect([r.status, (r.body as { code?: string }).code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });

  describe('item 2: registers, processes and proposals with ids such as constructor', () => {
    const owner = (stakeholder: string) => e2e.bearer(`owner-${stakeholder}`, [{ role: 'process-owner', stakeholder }]);
    const reviewer = (stakeholder: string) => e2e.bearer(`reviewer-${stakeholder}`, [{ role: 'reviewer', stakeholder }]);
    const ok = async (method: string, route: string, token: string, body: unknown) => {
      const r = await write(method, route, token, body);
      if (r.status >= 300) throw new Error(`${method} ${route}: ${r.status} ${r.text}`);
      return r;
    };
    // Stakeholder ids are lower-case slugs: of Object.prototype's members only `constructor` is one.
    const ids = ['constructor', 'hasOwnProperty', 'toString', 'valueOf'];

    beforeAll(async () => {
      await ok('POST', '/stakeholders', t.ada, { id: 'constructor', name: 'Stakeholder constructor', kind: 'committee' });
      for (const id of ['hasownproperty', 'tostring', 'valueof']) {
        const r = await write('POST', '/stakeholders', t.ada, { id, name: `Stakeholder ${id}`, kind: 'committee' });
        expect(r.status).toBe(201);
      }
      for (const id of ids) await ok('POST', '/bodies', t.ada, { id, name: `Body ${id}`, level: 'object', parent: 'adm', members: ['olle'] });
      for (const id of ids) await ok('POST', '/terms', t.ada, { id, label: `Term ${id}`, definition: `what ${id} means` });
      await ok('POST', '/terms/constructor/synonyms', t.ada, { stakeholder: 'constructor', label: 'egen term' });
      await ok('POST', '/terms/constructor/synonyms', t.ada, { stakeholder: 'uh', label: 'annan term' });
      for (const id of ids) await ok('POST', '/systems', t.ada, { id, name: `System ${id}`, ownerStakeholder: 'constructor', governingBody: 'constructor' });
      await ok('POST', '/processes', await owner('constructor'), {
        id: 'constructor',
        name: 'Hostile process',
        ownerStakeholder: 'constructor',
        governingBody: 'constructor',
        definition: {
          purpose: 'Every id named like a member of Object.prototype',
          participants: ['constructor', 'uh'],
          steps: {
            constructor: { name: 'First', performer: 'constructor', order: 1, terms: ['constructor', 'valueOf'], systems: ['constructor', 'toString'] },
            toString: { name: 'Second', performer: 'uh', order: 2 },
          },
          handovers: { valueOf: { from: 'constructor', to: 'toString', artifact: 'hasOwnProperty' } },
        },
      });
      await ok('POST', '/processes/constructor/proposals', await owner('constructor'), {
        id: 'constructor',
        baseRevision: 1,
        changes: [{ op: 'replace', path: '/steps/constructor/name', value: 'First, renamed' }],
        rationale: 'a hostile proposal id',
      });
      for (const s of ['constructor', 'uh']) await ok('POST', '/proposals/constructor/reviews', await reviewer(s), { stakeholder: s, verdict: 'accept', comment: 'ok' });
      await ok('POST', '/processes/constructor/proposals', await owner('uh'), { id: 'toString', baseRevision: 2, changes: [{ op: 'replace', path: '/purpose', value: 'x' }], rationale: 'open' });
      await ok('POST', '/processes/constructor/adoptions', await reviewer('constructor'), { stakeholder: 'constructor', revision: 2, adoptedOn: '2025-01-11' });
    });

    it('__proto__ is refused as an id with 400, and changes nothing', async () => {
      const head = await e2e.head();
      for (const [route, body] of [
        ['/stakeholders', { id: '__proto__', name: 'x', kind: 'committee' }],
        ['/terms', { id: '__proto__', label: 'x', definition: 'x' }],
      ] as const) {
        const r = await write('POST', route, t.ada, body);
        expect([r.status, (r.body as { code?: string }).code]).toEqual([400, 'VALIDATION_FAILED']);
      }
      expect(await e2e.head()).toBe(head);
    });

    it('the read models serve them, and /health stays ok with no read model set aside', async () => {
      const health = await get('/health');
      expect(health.body).toMatchObject({ status: 'ok', projections: { lag: 0 } });
      expect((health.body as { projections: object }).projections).not.toHaveProperty('failed');

      const history = await get('/stakeholders/constructor/history');
      expect(history.status).toBe(200);
      expect((history.body as { type: string }[]).map((e) => e.type)).toEqual(
        expect.arrayContaining(['StakeholderRegistered', 'ProcessRegistered', 'ReviewSubmitted', 'ProcessRevised', 'AdoptionRecorded']),
      );
      const stakeholders = (await get('/stakeholders')).body as { id: string }[];
      expect(stakeholders.map((s) => s.id)).toEqual(expect.arrayContaining(['constructor', 'hasownproperty', 'tostring', 'valueof']));

      const process = await get('/processes/constructor');
      expect(process.status).toBe(200);
      expect(process.body).toMatchObject({
        id: 'constructor',
        headRevision: 2,
        status: { constructor: 'harmonized', uh: 'not-adopted' },
        openProposals: ['toString'],
        definition: { steps: { constructor: { name: 'First, renamed' } } },
      });
      expect(((await get('/processes/constructor/revisions')).body as unknown[]).length).toBe(2);
      expect((await get('/processes/constructor/revisions/2')).body).toMatchObject({ definition: { steps: { toString: { name: 'Second' } } } });
      expect((await get('/processes/constructor/diff?from=1&to=2')).body).toMatchObject({ steps: { changed: [{ id: 'constructor', fields: ['name'] }] } });
      const bpmn = await get('/processes/constructor/bpmn');
      expect([bpmn.status, bpmn.text]).toEqual([200, expect.stringContaining('Stakeholder constructor')]);
      expect((await get('/proposals/constructor')).body).toMatchObject({ id: 'constructor', status: 'applied', appliedRevision: 2 });
      expect(((await get('/proposals?awaitingStakeholder=constructor')).body as { id: string }[]).map((p) => p.id)).toEqual(['toString']);
      const terms = (await get('/terms')).body as { id: string; synonyms: Record<string, string[]> }[];
      expect(terms.find((x) => x.id === 'constructor')!.synonyms).toEqual({ constructor: ['egen term'], uh: ['annan term'] });
      const systems = (await get('/systems')).body as { id: string; usedIn: { steps: { stepId: string }[] } }[];
      expect(systems.find((s) => s.id === 'constructor')!.usedIn.steps.map((s) => s.stepId)).toEqual(['constructor']);
      for (const report of ['harmonization', 'governance', 'nomenclature']) expect((await get(`/reports/${report}`)).status).toBe(200);
      const harmonization = (await get('/reports/harmonization')).body as { processes: { processId: string; statuses: object }[] };
      expect(harmonization.processes.find((p) => p.processId === 'constructor')!.statuses).toEqual({ constructor: 'harmonized', uh: 'not-adopted' });

      // and the ids that name nothing still answer 404
      for (const id of ['__proto__', 'isPrototypeOf']) {
        for (const route of ID_ROUTES) expect([route, (await get(route.replace(':id', id))).status]).toEqual([route, 404]);
      }
    });

    it('the server still starts on that store: the read models catch up from the first event, none set aside', async () => {
      const store = sqliteEventStore({ path: path.join(e2e.dir, 'events.sqlite') });
      const fresh = await openRuntime({ store, clock: e2e.clock, projectionsPath: ':memory:' });
      try {
        expect(fresh.runner.failures()).toEqual([]);
        expect(fresh.runner.position()).toBe(await e2e.head());
        expect(await fresh.queries.process('constructor')).toMatchObject({ id: 'constructor', headRevision: 2 });
        expect(await fresh.queries.stakeholderHistory('constructor')).toEqual((await get('/stakeholders/constructor/history')).body);
      } finally {
        await fresh.close();
      }
    });
  });
});
