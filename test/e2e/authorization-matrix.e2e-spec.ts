import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/**
 * Every write against every kind of principal. Allowed roles must get through (2xx, or for a
 * repeated adoption the rule's 422); everyone else gets 403 and nothing is appended.
 */
type Who = 'ada' | 'aud' | 'anna' | 'rita' | 'olle' | 'nobody';
const ROLES: Record<Who, string> = { ada: 'admin', aud: 'auditor', anna: 'process-owner:ksn', rita: 'reviewer:ksn', olle: 'member of obj', nobody: 'no roles' };

interface Write {
  name: string;
  allowed: Who[];
  /** Prepares what the write needs (as the right people) and returns the request to make. */
  prepare(n: number): Promise<{ method: 'post' | 'patch' | 'put'; url: string; body: object }>;
}

describe('E2E: authorization matrix (each role against each write)', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let counter = 0;
  const http = () => e2e.http();
  const as = async (token: string, method: 'post' | 'patch' | 'put', url: string, body: object) => {
    const res = await http()[method](url).set('Authorization', token).send(body);
    if (res.status >= 300) throw new Error(`setup ${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const head = async (): Promise<number> => (await http().get('/processes/LF-01').set('Authorization', t.anna)).body.headRevision;
  const freshProposal = async (n: number): Promise<string> => {
    const id = `AP-${n}`;
    await as(t.anna, 'post', '/processes/LF-01/proposals', { id, baseRevision: await head(), changes: [{ op: 'replace', path: '/steps/s3/name', value: `Move in ${n}` }], rationale: 'matrix' });
    return id;
  };

  const WRITES: Write[] = [
    { name: 'POST /stakeholders', allowed: ['ada'], prepare: async (n) => ({ method: 'post', url: '/stakeholders', body: { id: `m-${n}`, name: 'M', kind: 'office' } }) },
    { name: 'PATCH /stakeholders/:id', allowed: ['ada'], prepare: async (n) => ({ method: 'patch', url: '/stakeholders/utbn', body: { name: `Utbildningsnämnden ${n}` } }) },
    {
      name: 'POST /stakeholders/:id/retire',
      allowed: ['ada'],
      prepare: async (n) => {
        await as(t.ada, 'post', '/stakeholders', { id: `r-${n}`, name: 'R', kind: 'office' });
        return { method: 'post', url: `/stakeholders/r-${n}/retire`, body: { reason: 'matrix' } };
      },
    },
    { name: 'POST /bodies', allowed: ['ada'], prepare: async (n) => ({ method: 'post', url: '/bodies', body: { id: `b-${n}`, name: 'B', level: 'object', parent: 'adm', members: [] } }) },
    { name: 'PUT /bodies/:id/members', allowed: ['ada'], prepare: async () => ({ method: 'put', url: '/bodies/obj/members', body: { members: ['olle'] } }) },
    { name: 'POST /terms', allowed: ['ada'], prepare: async (n) => ({ method: 'post', url: '/terms', body: { id: `t-${n}`, label: 'T', definition: 'D' } }) },
    { name: 'PATCH /terms/:id', allowed: ['ada'], prepare: async (n) => ({ method: 'patch', url: '/terms/lokal', body: { label: 'Lokal', definition: `Revised ${n}` } }) },
    {
      name: 'POST /terms/:id/deprecate',
      allowed: ['ada'],
      prepare: async (n) => {
        await as(t.ada, 'post', '/terms', { id: `d-${n}`, label: 'D', definition: 'D' });
        return { method: 'post', url: `/terms/d-${n}/deprecate`, body: { reason: 'matrix' } };
      },
    },
    { name: 'POST /terms/:id/synonyms', allowed: ['ada', 'rita'], prepare: async (n) => ({ method: 'post', url: '/terms/lokal/synonyms', body: { stakeholder: 'ksn', label: `Syn ${n}` } }) },
    { name: 'POST /systems', allowed: ['ada'], prepare: async (n) => ({ method: 'post', url: '/systems', body: { id: `y-${n}`, name: 'Y', ownerStakeholder: 'ksn', governingBody: 'obj' } }) },
    {
      name: 'POST /systems/:id/retire',
      allowed: ['ada'],
      prepare: async (n) => {
        await as(t.ada, 'post', '/systems', { id: `z-${n}`, name: 'Z', ownerStakeholder: 'ksn', governingBody: 'obj' });
        return { method: 'post', url: `/systems/z-${n}/retire`, body: { reason: 'matrix' } };
      },
    },
    {
      name: 'POST /processes',
      allowed: ['anna'],
      prepare: async (n) => ({
        method: 'post',
        url: '/processes',
        body: { id: `PR-${n}`, name: 'P', ownerStakeholder: 'ksn', governingBody: 'obj', definition: { purpose: 'p', participants: ['ksn'], steps: { a: { name: 'A', performer: 'ksn', order: 1 } }, handovers: {} } },
      }),
    },
    {
      name: 'POST /processes/:id/proposals',
      allowed: ['anna'],
      prepare: async (n) => ({ method: 'post', url: '/processes/LF-01/proposals', body: { id: `SP-${n}`, baseRevision: await head(), changes: [{ op: 'replace', path: '/steps/s3/name', value: `S ${n}` }], rationale: 'm' } }),
    },
    {
      name: 'POST /proposals/:id/amend',
      allowed: ['anna'],
      prepare: async (n) => ({ method: 'post', url: `/proposals/${await freshProposal(n)}/amend`, body: { baseRevision: await head(), changes: [{ op: 'replace', path: '/steps/s3/name', value: `Amended ${n}` }], rationale: 'a' } }),
    },
    { name: 'POST /proposals/:id/withdraw', allowed: ['anna'], prepare: async (n) => ({ method: 'post', url: `/proposals/${await freshProposal(n)}/withdraw`, body: { reason: 'w' } }) },
    {
      name: 'POST /proposals/:id/reviews',
      allowed: ['rita'],
      prepare: async (n) => ({ method: 'post', url: `/proposals/${await freshProposal(n)}/reviews`, body: { stakeholder: 'ksn', verdict: 'accept', comment: 'ok' } }),
    },
    {
      name: 'POST /proposals/:id/decisions',
      allowed: ['olle'],
      prepare: async (n) => {
        const id = await freshProposal(n);
        await as(t.ulf, 'post', `/proposals/${id}/reviews`, { stakeholder: 'uh', verdict: 'reject', comment: 'no' });
        return { method: 'post', url: `/proposals/${id}/decisions`, body: { body: 'obj', outcome: 'escalate', motivation: 'm' } };
      },
    },
    {
      name: 'POST /processes/:id/adoptions',
      allowed: ['anna', 'rita'],
      prepare: async () => ({ method: 'post', url: '/processes/LF-01/adoptions', body: { stakeholder: 'ksn', revision: await head(), adoptedOn: '2025-01-11' } }),
    },
  ];

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  const cases = WRITES.flatMap((w) => (Object.keys(ROLES) as Who[]).map((who) => [w.name, ROLES[who], who, w] as const));

  it.each(cases)('%s as %s', async (_name, _role, who, write) => {
    const { method, url, body } = await write.prepare(++counter);
    const before = await e2e.head();
    const res = await http()[method](url).set('Authorization', t[who]).send(body);
    if (write.allowed.includes(who)) {
      if (res.status === 422) expect(res.body.code).toBe('ALREADY_ADOPTED');
      else expect(res.status < 300 ? 'allowed' : res.body).toBe('allowed');
    } else {
      expect([res.status, res.body.code]).toEqual([403, expect.stringMatching(/^(FORBIDDEN|NOT_ALLOWED|NOT_A_BODY_MEMBER|NOT_THE_SUBMITTER)$/)]);
      expect(await e2e.head()).toBe(before);
    }
  });
});
