import fc from 'fast-check';
import type { Response } from 'supertest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, DEFINITION, tokensFor, type Tokens } from './support/world';

/** Every write with a body that would be accepted, so a mutation of it is what makes it wrong. */
const WRITES: { method: 'post' | 'patch' | 'put'; path: string; body: Record<string, unknown> }[] = [
  { method: 'post', path: '/stakeholders', body: { id: 'fresh', name: 'F', kind: 'office' } },
  { method: 'patch', path: '/stakeholders/ksn', body: { name: 'K' } },
  { method: 'post', path: '/stakeholders/uh/retire', body: { reason: 'r' } },
  { method: 'post', path: '/bodies', body: { id: 'fresh', name: 'F', level: 'object', parent: 'adm', members: ['x'] } },
  { method: 'put', path: '/bodies/obj/members', body: { members: ['olle'] } },
  { method: 'post', path: '/terms', body: { id: 'fresh', label: 'F', definition: 'D' } },
  { method: 'patch', path: '/terms/lokal', body: { label: 'L', definition: 'D' } },
  { method: 'post', path: '/terms/lokal/deprecate', body: { reason: 'r', replacedBy: null } },
  { method: 'post', path: '/terms/lokal/synonyms', body: { stakeholder: 'ksn', label: 'S' } },
  { method: 'post', path: '/systems', body: { id: 'fresh', name: 'F', ownerStakeholder: 'ksn', governingBody: 'obj' } },
  { method: 'post', path: '/systems/fastsys/retire', body: { reason: 'r' } },
  { method: 'post', path: '/processes', body: { id: 'fresh', name: 'F', ownerStakeholder: 'ksn', governingBody: 'obj', definition: DEFINITION } },
  { method: 'post', path: '/processes/LF-01/proposals', body: { baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'X' }], rationale: 'r' } },
  { method: 'post', path: '/proposals/P-0/amend', body: { baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Y' }], rationale: 'r' } },
  { method: 'post', path: '/proposals/P-0/withdraw', body: { reason: 'r' } },
  { method: 'post', path: '/proposals/P-0/reviews', body: { stakeholder: 'ksn', verdict: 'accept', comment: 'c' } },
  { method: 'post', path: '/proposals/P-0/decisions', body: { body: 'obj', outcome: 'escalate', motivation: 'm' } },
  { method: 'post', path: '/processes/LF-01/adoptions', body: { stakeholder: 'ksn', revision: 1, adoptedOn: '2025-01-11' } },
];

const writeArb = fc.constantFrom(...WRITES);

/** A value of a type the field cannot have (every field of every body is a string, number, array or object). */
const wrongFor = (v: unknown): fc.Arbitrary<unknown> => {
  if (typeof v === 'string') return fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }), fc.constant(''), fc.string({ minLength: 20_001, maxLength: 20_010 }));
  if (typeof v === 'number') return fc.oneof(fc.string(), fc.double({ noInteger: true }), fc.integer({ max: 0 }), fc.boolean(), fc.constant(null));
  if (Array.isArray(v)) return fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }), fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.anything(), { maxKeys: 2 })), { minLength: 1, maxLength: 3 }));
  return fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer(), { maxLength: 2 }), fc.constant(null));
};

const BAD_PATCHES = fc.constantFrom<unknown[]>(
  [{ op: 'replace', path: 'no-slash', value: 1 }],
  [{ op: 'add', path: '/steps/x' }],
  [{ op: 'move', path: '/a' }],
  [{ op: 'copy', path: '/a', from: 'b' }],
  [{ op: 'explode', path: '/a' }],
  [{ path: '/a', value: 1 }],
  [],
  [{ op: 'test', path: '/a', value: 1, evil: true }],
  ['not an operation'],
);

type Mutation = { kind: string; body: unknown; raw?: string };

const mutations = (body: Record<string, unknown>): fc.Arbitrary<Mutation> => {
  const keys = Object.keys(body).filter((k) => body[k] !== null);
  const required = keys.filter((k) => !['parent', 'replacedBy'].includes(k));
  const arbs: fc.Arbitrary<Mutation>[] = [
    fc.constantFrom(...required).map((k) => {
      const { [k]: _dropped, ...rest } = body;
      return { kind: `drop ${k}`, body: rest };
    }),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(k in body) && k !== '__proto__'), fc.jsonValue()).map(([k, v]) => ({ kind: `extra ${k}`, body: { ...body, [k]: v } })),
    fc.constantFrom(...keys).chain((k) => wrongFor(body[k]).map((v) => ({ kind: `wrong ${k}`, body: { ...body, [k]: v } }))),
    fc.oneof(fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.string(), fc.integer()).map((v) => ({ kind: 'not an object', body: v, raw: JSON.stringify(v) })),
    fc.string({ maxLength: 40 }).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }).map((raw) => ({ kind: 'not JSON', body: undefined, raw })),
  ];
  if ('changes' in body) arbs.push(BAD_PATCHES.map((changes) => ({ kind: 'bad patch', body: { ...body, changes } })));
  return fc.oneof(...arbs);
};

jest.setTimeout(180_000);

describe('E2E property: malformed writes are 4xx JSON errors and append nothing', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let everything: string;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    await e2e.http().post('/processes/LF-01/proposals').set('Authorization', t.anna).send({ id: 'P-0', baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Z' }], rationale: 'r' }).expect(201);
    // Every role at once, and a member of the object body: refusals are about the input, not the caller.
    everything = await e2e.bearer('olle', [{ role: 'admin' }, { role: 'process-owner', stakeholder: 'ksn' }, { role: 'reviewer', stakeholder: 'ksn' }]);
  });
  afterAll(() => e2e.close());

  const expectClientError = (res: Response, what: string): void => {
    const ok = res.status >= 400 && res.status < 500 && res.body?.statusCode === res.status && typeof res.body.code === 'string' && typeof res.body.message === 'string';
    if (!ok) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
  };

  it('random malformed bodies', async () => {
    await fc.assert(
      fc.asyncProperty(writeArb.chain((w) => mutations(w.body).map((m) => [w, m] as const)), async ([w, m]) => {
        const before = await e2e.head();
        const req = e2e.http()[w.method](w.path).set('Authorization', everything).set('Content-Type', 'application/json');
        const res = await (m.raw !== undefined ? req.send(m.raw) : req.send(JSON.stringify(m.body)));
        expectClientError(res, `${w.method} ${w.path} (${m.kind})`);
        expect(await e2e.head()).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('random malformed headers', async () => {
    const badHeader = fc.oneof(
      fc.string({ maxLength: 20 }).filter((s) => !/^\s*("?\d{1,19}"?|\*)\s*$/.test(s) && /^[\x21-\x7e]+$/.test(s)).map((v) => ['If-Match', v] as const),
      fc.string({ minLength: 201, maxLength: 400 }).filter((s) => /^[\x21-\x7e]+$/.test(s)).map((v) => ['Idempotency-Key', v] as const),
      fc.constantFrom('Bearer', 'Bearer x.y.z', 'Basic dXNlcjpwYXNz', 'bearer', 'Token abc').map((v) => ['Authorization', v] as const),
      fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x').map((v) => ['Content-Type', v] as const),
      fc.constantFrom('gzip', 'br', 'identity;q=0, bogus').map((v) => ['Content-Encoding', v] as const),
      fc.constantFrom('application/json; charset=latin-1', 'application/json; charset=shift_jis').map((v) => ['Content-Type', v] as const),
    );
    await fc.assert(
      fc.asyncProperty(writeArb, badHeader, async (w, [name, value]) => {
        const before = await e2e.head();
        let req = e2e.http()[w.method](w.path);
        if (name !== 'Authorization') req = req.set('Authorization', everything);
        req = req.set(name, value);
        const payload = name === 'Content-Type' && !value.includes('json') ? 'id=x' : JSON.stringify(w.body);
        const res = await req.send(payload);
        // A bad Content-Type leaves the body unread: the required fields are missing.
        expectClientError(res, `${w.method} ${w.path} with ${name}: ${value.slice(0, 40)}`);
        expect(await e2e.head()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('random malformed paths', async () => {
    const segment = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }).map((s) => encodeURIComponent(s)),
      fc.constantFrom('%', '%E0%A4%A', '..', '%00', '%2F', 'zz-unknown', ';', '~'),
    );
    const path = fc.oneof(
      writeArb.chain((w) => segment.map((s) => [w.method, `${w.path}/${s}`, w.body] as const)),
      fc
        .constantFrom(...WRITES.filter((w) => /\/(ksn|uh|obj|lokal|fastsys|LF-01|P-0)(\/|$)/.test(w.path)))
        .chain((w) => segment.map((s) => [w.method, w.path.replace(/\/(ksn|uh|obj|lokal|fastsys|LF-01|P-0)(\/|$)/, `/zz-${s}$2`), w.body] as const)),
      fc.tuple(fc.constantFrom('post', 'patch', 'put') as fc.Arbitrary<'post' | 'patch' | 'put'>, fc.array(segment, { minLength: 1, maxLength: 4 })).map(([m, ss]) => [m, `/${ss.join('/')}`, {}] as const),
    );
    await fc.assert(
      fc.asyncProperty(path, async ([method, url, body]) => {
        const before = await e2e.head();
        const res = await e2e.http()[method](url).set('Authorization', everything).send(body);
        expectClientError(res, `${method} ${url}`);
        expect(await e2e.head()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
