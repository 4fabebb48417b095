import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** GET /handovers and GET /reports/variants over the real application (world.ts: LF-01 hands s1 (ksn) → s2 (uh), no terms). */
describe('E2E: GET /handovers and GET /reports/variants', () => {
  let e2e: E2eApp;
  let t: Tokens;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e.close());

  const get = (url: string) => e2e.http().get(url).set('Authorization', t.anna);

  it('lists the cross-organisation handover with both sides, flagged for no common term', async () => {
    const r = await get('/handovers');
    expect(r.status).toBe(200);
    expect(r.body.summary).toEqual({ handovers: 1, flagged: 1 });
    expect(r.body.handovers[0]).toMatchObject({
      processId: 'LF-01',
      revision: 1,
      handoverId: 'h1',
      artifact: 'needs description',
      from: { stakeholder: 'ksn', stakeholderName: 'Kommunstyrelsen', step: 's1', systems: [], terms: [] },
      to: { stakeholder: 'uh', step: 's2' },
      flagged: true,
      reasons: ['NO_COMMON_TERM'],
    });
  });

  it('filters by organisation and answers as of a past position', async () => {
    expect((await get('/handovers?stakeholder=uh')).body.handovers).toHaveLength(1);
    expect((await get('/handovers?stakeholder=utbn')).body).toMatchObject({ stakeholder: 'utbn', handovers: [] });
    expect((await get('/handovers?asOfPosition=1')).body.handovers).toEqual([]);
    const bad = await get('/handovers?stakeholder=%20x');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.details)).toContain('stakeholder');
  });

  it('answers CSV, one handover a row', async () => {
    const csv = await get('/handovers?format=csv&locale=en');
    expect(csv.status).toBe(200);
    const [head, row] = csv.text.split('\r\n');
    expect(head).toBe('processId,revision,handoverId,artifact,fromStakeholder,fromStep,fromSystems,fromTerms,toStakeholder,toStep,toSystems,toTerms,commonSystems,commonTerms,artifactTerm,flagged,reasons');
    expect(row).toContain('LF-01,1,h1,needs description,ksn,s1');
    expect(row).toContain('NO_COMMON_TERM');
  });

  it('gives the variant report, JSON and CSV', async () => {
    const r = await get('/reports/variants');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ overall: { processes: 1, processesWithVariants: 0, variants: 0, needsReapproval: 0 }, processes: [] });
    const csv = await e2e.http().get('/reports/variants').set('Authorization', t.anna).set('Accept', 'text/csv').set('Accept-Language', 'en');
    expect(csv.text.split('\r\n')[0]).toBe('processId,name,headRevision,stakeholder,status,proposalId,since,approvedAtRevision,revisionsBehind,steps,handovers,needsReapprovalSince');
    expect((await get('/reports/variants?table=overall&format=csv&locale=en')).text.split('\r\n')[1]).toBe('1,0,0,0');
  });
});
