import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

describe('E2E: GET /reports/harmonization/series', () => {
  let e2e: E2eApp;
  let t: Tokens;

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    const adopt = await e2e.http().post('/processes/LF-01/adoptions').set('Authorization', t.rita).send({ stakeholder: 'ksn', revision: 1, adoptedOn: '2026-01-01' });
    expect(adopt.status).toBe(201);
  });
  afterAll(() => e2e.close());

  const get = (url: string) => e2e.http().get(url).set('Authorization', t.anna);

  it('answers the index at each interval end up to now, the last point equal to the report now', async () => {
    // The application's clock is the test's (e2e-app.ts): the world was built at its instant.
    const built = Date.parse(e2e.clock.now());
    const from = new Date(built - 40 * 86_400_000).toISOString();
    const r = await get(`/reports/harmonization/series?from=${from}&interval=week`);
    expect(r.status).toBe(200);
    expect(r.body.interval).toBe('week');
    const last = r.body.points[r.body.points.length - 1];
    const now = await get('/reports/harmonization');
    expect(last.overall).toMatchObject(now.body.overall);
    expect(last.processes.find((p: { processId: string }) => p.processId === 'LF-01').index).toBe(now.body.processes[0].index);
    expect(r.body.points[0].overall).toMatchObject({ pairs: 0, index: null });
    const past = await get(`/reports/harmonization/series?from=${from}&to=${new Date(built - 86_400_000).toISOString()}&interval=week`);
    expect(past.body.points.every((p: { overall: { pairs: number } }) => p.overall.pairs === 0)).toBe(true);
  });

  it('answers CSV in long format, and the adoption lag table', async () => {
    const csv = await get('/reports/harmonization/series?from=2026-01-01&interval=year&format=csv&locale=en');
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toBe('at,scope,id,index,drift');
    expect(csv.text).toContain(',process,LF-01,');
    const lag = await get('/reports/harmonization/series?from=2026-01-01&interval=year&format=csv&locale=en&table=adoption-lag');
    expect(lag.text.split('\r\n')[0]).toBe('processId,revision,adoptions,medianDays,p90Days');
  });

  it.each([
    ['no from', '/reports/harmonization/series', 'from'],
    ['a bad interval', '/reports/harmonization/series?from=2024-01-01&interval=hour', 'interval'],
    ['from after to', '/reports/harmonization/series?from=2024-02-01&to=2024-01-01', 'from'],
    ['too many points', '/reports/harmonization/series?from=1990-01-01&to=2024-01-01&interval=day', 'interval'],
    ['an asOf', '/reports/harmonization/series?from=2024-01-01&asOf=2024-06-01T00:00:00Z', 'asOf'],
    ['a non-date', '/reports/harmonization/series?from=yesterday', 'from'],
  ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_name, url, field) => {
    const r = await get(url);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(r.body.details)).toContain(field);
  });
});
