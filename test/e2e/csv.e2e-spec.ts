import { parse } from 'csv-parse/sync';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/**
 * CSV that Swedish Excel and Power BI read (docs/reports.md): every CSV route, in both forms,
 * parsed back with a real parser (csv-parse), with å/ä/ö, quotes, line breaks, the other form's
 * separator and formula-looking text in the data.
 */
const TRICKY = 'Samråd "lokal" för åäö-ÅÄÖ; kommun, =HYPERLINK("x")\nrad två';

type Form = { name: 'sv' | 'en'; delimiter: string; bom: boolean };
const FORMS: Form[] = [
  { name: 'sv', delimiter: ';', bom: true },
  { name: 'en', delimiter: ',', bom: false },
];

const parseCsv = (text: string, form: Form): Record<string, string>[] => {
  expect(text.startsWith('\uFEFF')).toBe(form.bom);
  return parse(form.bom ? text.slice(1) : text, { columns: true, delimiter: form.delimiter, skip_empty_lines: false, relax_quotes: false }) as Record<string, string>[];
};

describe('E2E: CSV for spreadsheets, in the Swedish and the RFC 4180 form', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let http: E2eApp['http'];

  beforeAll(async () => {
    e2e = await startE2eApp();
    http = e2e.http;
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    const res = await http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Beskriv behov' }], rationale: TRICKY });
    expect(res.status).toBe(201);
    await http().post(`/proposals/${res.body.id}/reviews`).set('Authorization', t.ulf).send({ stakeholder: 'uh', verdict: 'accept', comment: 'Tillstyrks; "bra"\n=ok' }).expect(201);
    await http().post('/processes/LF-01/adoptions').set('Authorization', t.rita).send({ stakeholder: 'ksn', revision: 1, adoptedOn: '2025-01-05' }).expect(201);
    expect(await e2e.runtime.runner.waitForPosition((await e2e.head())!, 5_000)).toBe(true);
  });
  afterAll(() => e2e?.close());

  const get = (url: string, token: string) => http().get(url).set('Authorization', token);

  it.each(FORMS)('the proposal board in the $name form keeps quotes, line breaks, å/ä/ö and both separators in one cell, and defuses the formula', async (form) => {
    const res = await get(`/proposals?format=csv&locale=${form.name}`, t.aud).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers.vary).toBe('Accept, Accept-Language, Accept-Encoding');
    expect(res.text.includes('\r\n')).toBe(true);
    const rows = parseCsv(res.text, form);
    const json = (await get('/proposals', t.aud).expect(200)).body as { id: string; rationale: string; reviewers: string[] }[];
    expect(rows.map((r) => r.id)).toEqual(json.map((p) => p.id));
    expect(rows[0].rationale).toBe(TRICKY);
    // A multi-valued cell is one cell, never joined with the form's separator.
    expect(rows[0].reviewers).toBe(json[0].reviewers.join(' | '));
  });

  it.each(FORMS)('text that a spreadsheet would run as a formula is prefixed with an apostrophe, and data round-trips ($name form)', async (form) => {
    const res = await http().post('/stakeholders').set('Authorization', t.ada).send({ id: `f-${form.name}`, name: '=1+2', kind: 'office' });
    expect(res.status).toBe(201);
    expect(await e2e.runtime.runner.waitForPosition((await e2e.head())!, 5_000)).toBe(true);
    const rows = parseCsv((await get(`/stakeholders/f-${form.name}/history?format=csv&locale=${form.name}`, t.aud).expect(200)).text, form);
    expect(rows).toHaveLength(1);
    expect(rows[0].what.startsWith('registered as =1+2')).toBe(true);
    const audit = parseCsv((await get(`/audit/events?stream=stakeholder-f-${form.name}&format=csv&locale=${form.name}`, t.aud).expect(200)).text, form);
    expect(JSON.parse(audit[0].data)).toEqual({ id: `f-${form.name}`, name: '=1+2', kind: 'office' });
    const formulas = ['=SUM(1+2)', '+1', '-x', '@A1'];
    for (const [i, name] of formulas.entries()) {
      const id = `F-${form.name}-${i}`;
      const reg = await http().post('/processes').set('Authorization', t.anna).send({ id, name, ownerStakeholder: 'ksn', governingBody: 'obj', definition: { purpose: 'p', participants: ['ksn'], steps: { s1: { name: 'n', performer: 'ksn', order: 1 } }, handovers: {} } });
      expect(reg.status).toBe(201);
    }
    expect(await e2e.runtime.runner.waitForPosition((await e2e.head())!, 5_000)).toBe(true);
    const catalogue = parseCsv((await get(`/catalogue?format=csv&locale=${form.name}`, t.aud).expect(200)).text, form);
    for (const [i, name] of formulas.entries()) expect(catalogue.find((r) => r.id === `F-${form.name}-${i}`)?.name).toBe(`'${name}`);
    expect(catalogue.find((r) => r.id === 'LF-01')?.name).toBe('Lokalbehovsanalys');
  });

  it('numbers keep their value: a decimal comma in the Swedish form, a point in RFC 4180, and negative numbers are not treated as formulas', async () => {
    const json = (await get('/reports/harmonization', t.aud).expect(200)).body as { processes: { processId: string; index: number }[]; overall: { index: number } };
    const sv = parseCsv((await get('/reports/harmonization?format=csv&locale=sv&table=processes', t.aud).expect(200)).text, FORMS[0]);
    const en = parseCsv((await get('/reports/harmonization?format=csv&locale=en&table=processes', t.aud).expect(200)).text, FORMS[1]);
    expect(sv.map((r) => Number(r.index.replace(',', '.')))).toEqual(json.processes.map((p) => p.index));
    expect(en.map((r) => Number(r.index))).toEqual(json.processes.map((p) => p.index));
    const overall = parseCsv((await get('/reports/harmonization?format=csv&locale=sv&table=overall', t.aud).expect(200)).text, FORMS[0]);
    expect(overall[0].index).toBe(String(json.overall.index).replace('.', ','));
    expect(overall[0].index.includes('.')).toBe(false);
  });

  it('every report has one table per file, each named in the file name, every table parses in both forms', async () => {
    const tables: Record<string, string[]> = {
      harmonization: ['statuses', 'processes', 'stakeholders', 'overall', 'adoption-lag'],
      governance: ['metrics', 'levels'],
      nomenclature: ['coverage', 'unmapped', 'unknown-terms', 'overall'],
    };
    for (const [report, names] of Object.entries(tables)) {
      for (const [i, table] of names.entries()) {
        for (const form of FORMS) {
          const res = await get(`/reports/${report}?format=csv&locale=${form.name}&table=${table}`, t.aud).expect(200);
          expect(res.headers['content-disposition']).toBe(`attachment; filename="${i === 0 ? report : `${report}-${table}`}.csv"`);
          const rows = parseCsv(res.text, form);
          for (const row of rows) expect(Object.keys(row).length).toBeGreaterThan(0);
        }
      }
      const unknown = await get(`/reports/${report}?format=csv&table=nope`, t.aud);
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('VALIDATION_FAILED');
    }
    const statuses = parseCsv((await get('/reports/harmonization?format=csv&locale=en', t.aud).expect(200)).text, FORMS[1]);
    expect(statuses.filter((r) => r.processId === 'LF-01').map((r) => r.stakeholder).sort()).toEqual(['ksn', 'uh', 'utbn']);
    const stakeholders = parseCsv((await get('/reports/harmonization?format=csv&locale=en&table=stakeholders', t.aud).expect(200)).text, FORMS[1]);
    const perStakeholder = ((await get('/reports/harmonization', t.aud).expect(200)).body as { stakeholders: { stakeholder: string; index: number }[] }).stakeholders;
    expect(stakeholders.map((r) => [r.stakeholder, Number(r.index)])).toEqual(perStakeholder.map((r) => [r.stakeholder, r.index]));
  });

  it('Accept-Language chooses the form when ?locale= does not; ?locale= wins', async () => {
    const sv = await get('/catalogue?format=csv', t.aud).set('Accept-Language', 'sv-SE,sv;q=0.9,en;q=0.5').expect(200);
    expect(sv.text.startsWith('\uFEFFid;name;')).toBe(true);
    const en = await get('/catalogue?format=csv', t.aud).set('Accept-Language', 'en-GB,sv;q=0.8').expect(200);
    expect(en.text.startsWith('id,name,')).toBe(true);
    const weighted = await get('/catalogue?format=csv', t.aud).set('Accept-Language', 'en;q=0.4, sv;q=0.9').expect(200);
    expect(weighted.text.startsWith('\uFEFFid;name;')).toBe(true);
    const forced = await get('/catalogue?format=csv&locale=en', t.aud).set('Accept-Language', 'sv').expect(200);
    expect(forced.text.startsWith('id,name,')).toBe(true);
    expect((await get('/catalogue?format=csv&locale=fi', t.aud)).status).toBe(400);
    expect((await get('/catalogue', t.aud).expect(200)).headers.vary).toBe('Accept, Accept-Language, Accept-Encoding');
  });

  it('the catalogue, proposals, history and audit events answer CSV for Accept: text/csv as for ?format=csv', async () => {
    for (const url of ['/catalogue', '/catalogue?table=statuses', '/proposals', '/proposals?table=reviews', '/stakeholders/ksn/history', '/audit/events']) {
      const sep = url.includes('?') ? '&' : '?';
      const byQuery = await get(`${url}${sep}format=csv&locale=en`, t.aud).expect(200);
      const byAccept = await get(`${url}${sep}locale=en`, t.aud).set('Accept', 'text/csv').expect(200);
      expect(byAccept.text).toBe(byQuery.text);
      expect(parseCsv(byQuery.text, FORMS[1]).length).toBeGreaterThan(0);
    }
    const reviews = parseCsv((await get('/proposals?format=csv&locale=sv&table=reviews', t.aud).expect(200)).text, FORMS[0]);
    expect(reviews).toEqual([expect.objectContaining({ stakeholder: 'uh', reviewer: 'ulf', verdict: 'accept', comment: 'Tillstyrks; "bra"\n=ok' })]);
    const statuses = parseCsv((await get('/catalogue?format=csv&locale=en&table=statuses', t.aud).expect(200)).text, FORMS[1]);
    expect(statuses.find((r) => r.processId === 'LF-01' && r.stakeholder === 'ksn')).toMatchObject({ processId: 'LF-01', status: 'harmonized', adoptedRevision: '1', adoptedOn: '2025-01-05' });
  });

  it('the audit log pages with a Link header that a client follows to the end', async () => {
    const seen: string[] = [];
    let url: string | null = '/audit/events?limit=7&format=csv&locale=sv';
    while (url) {
      const res = await get(url, t.aud).expect(200);
      seen.push(...parseCsv(res.text, FORMS[0]).map((r) => r.position));
      const link = res.headers.link as string | undefined;
      url = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : null;
    }
    const head = (await e2e.head())!;
    expect(seen).toEqual(Array.from({ length: Number(head) }, (_, i) => String(i + 1)));
  });
});
