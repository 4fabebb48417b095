import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** Roll-out (issue 15): the governing body sets target adoption dates; overdue adopters are reported. */
describe('E2E: roll-out with target adoption dates', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let built: number;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    built = Date.parse(e2e.clock.now());
  });
  afterAll(() => e2e.close());

  const day = (offset: number) => new Date(built + offset * 86_400_000).toISOString().slice(0, 10);
  const post = (token: string, body: object) => e2e.http().post('/processes/LF-01/adoption-targets').set('Authorization', token).send(body);

  it('a member of the governing body sets the dates; past them, those that have not adopted are overdue', async () => {
    const set = await post(t.olle, { revision: 1, targets: { ksn: day(-20), uh: day(-10), utbn: day(3650) } });
    expect(set.status).toBe(201);
    const beforeAdoption = (await e2e.http().get('/audit/verify').set('Authorization', t.aud)).body.headPosition;
    expect((await e2e.http().post('/processes/LF-01/adoptions').set('Authorization', t.rita).send({ stakeholder: 'ksn', revision: 1, adoptedOn: day(-1) })).status).toBe(201);

    const report = await e2e.http().get('/reports/harmonization').set('Authorization', t.anna);
    expect(report.body.overdue).toEqual([{ processId: 'LF-01', revision: 1, stakeholder: 'uh', targetDate: day(-10), daysOverdue: expect.any(Number) }]);
    expect(report.body.overdue[0].daysOverdue).toBeGreaterThan(9);
    // As of the targets, before ksn adopted: both ksn and uh were past their dates.
    const past = await e2e.http().get(`/reports/harmonization?asOfPosition=${beforeAdoption}`).set('Authorization', t.anna);
    expect(past.body.overdue.map((o: { stakeholder: string }) => o.stakeholder)).toEqual(['ksn', 'uh']);
    // As of an instant before the world existed, there was nothing to be overdue on.
    const before = await e2e.http().get(`/reports/harmonization?asOf=${day(-15)}T00:00:00Z`).set('Authorization', t.anna);
    expect(before.body.overdue).toEqual([]);
    const csv = await e2e.http().get('/reports/harmonization?format=csv&locale=en&table=overdue').set('Authorization', t.anna);
    expect(csv.text.split('\r\n')[0]).toBe('processId,revision,stakeholder,targetDate,daysOverdue');
    expect(csv.text).toContain(`LF-01,1,uh,${day(-10)},`);
    const process = await e2e.http().get('/processes/LF-01').set('Authorization', t.anna);
    expect(process.body.adoptionTargets).toEqual({ 1: { ksn: day(-20), uh: day(-10), utbn: day(3650) } });
  });

  it('refuses others than the body, unknown organisations, bad dates and unknown revisions, changing nothing', async () => {
    expect((await post(t.anna, { revision: 1, targets: { uh: day(1) } })).body).toMatchObject({ statusCode: 403, code: 'NOT_A_BODY_MEMBER' });
    expect((await post(t.olle, { revision: 1, targets: { nobody: day(1) } })).body).toMatchObject({ statusCode: 422, code: 'NOT_A_PARTICIPANT' });
    expect((await post(t.olle, { revision: 1, targets: { uh: '2026-02-30' } })).body.code).toBe('INVALID_INPUT');
    expect((await post(t.olle, { revision: 9, targets: { uh: day(1) } })).body).toMatchObject({ code: 'REVISION_UNKNOWN' });
    expect((await post(t.olle, { revision: 1, targets: 'soon' })).status).toBe(400);
    expect((await post(t.aud, { revision: 1, targets: { uh: day(1) } })).status).toBe(403);
    const process = await e2e.http().get('/processes/LF-01').set('Authorization', t.anna);
    expect(process.body.adoptionTargets[1].uh).toBe(day(-10));
  });
});
