import { parse } from 'csv-parse/sync';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { seedDemoManagement } from '../../apps/api/src/modules/management/demo/seed-demo-management';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/**
 * Paging on every list read (docs/api.md "Paging"): a page, the next page through the
 * `Link: <…>; rel="next"` header, the last page without one, and bad `limit`/`after` refused with
 * a code. Run on the Uppsala demo, whose lists are long enough to page.
 */
type Items = (body: any, text: string) => unknown[];
const list: Items = (b) => b;
const field = (name: string): Items => (b) => b[name];
const csvRows: Items = (_b, text) => parse(text.slice(1), { columns: true, delimiter: ';' });

interface Route {
  url: string;
  items: Items;
  token?: 'admin' | 'worker';
}

const ROUTES: Route[] = [
  { url: '/catalogue', items: list },
  { url: '/catalogue?format=csv&locale=sv', items: csvRows },
  { url: '/catalogue?table=statuses', items: list },
  { url: '/proposals', items: list },
  { url: '/proposals?format=csv&locale=sv', items: csvRows },
  { url: '/stakeholders', items: list },
  { url: '/stakeholders/ksn/history', items: list },
  { url: '/stakeholders/ksn/history?format=csv&locale=sv', items: csvRows },
  { url: '/terms', items: list },
  { url: '/systems', items: list },
  { url: '/bodies', items: list },
  { url: '/processes/LF-01/revisions', items: list },
  { url: '/handovers', items: field('handovers') },
  { url: '/principals', items: list },
  { url: '/management-objects', items: list },
  { url: '/bodies/objekt-lokal/minutes', items: list },
  { url: '/webhooks', items: list },
  { url: '/processes/LF-01/comments', items: field('threads') },
  { url: '/proposals/P-005/comments', items: field('threads') },
  { url: '/me/tasks', items: field('tasks'), token: 'worker' },
  { url: '/audit/events?stream=process-LF-01', items: field('events') },
  { url: '/reports/harmonization?table=stakeholders', items: list },
  { url: '/reports/harmonization?format=csv&locale=sv', items: csvRows },
  { url: '/reports/governance?table=levels', items: list },
  { url: '/reports/nomenclature?table=coverage', items: list },
  { url: '/reports/harmonization/series?from=2025-12-01&to=2026-03-01&interval=month&table=points', items: list },
];

/** Reads whose demo tables are too short to page (one variant, no review cycle): bad input only. */
const SHORT: Route[] = [
  { url: '/reports/variants?format=csv&locale=sv', items: csvRows },
  { url: '/reports/reviews?table=processes', items: list },
  { url: '/webhooks/nope/deliveries', items: field('deliveries') },
];

const LINK = /^<([^>]+)>; rel="next"$/;

describe('E2E: paging with limit, after and Link: rel="next" on every list read', () => {
  let e2e: E2eApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await startE2eApp({}, '2026-03-02T09:00:00.000Z');
    await seedDemo(e2e.runtime.application);
    await seedDemoManagement(e2e.runtime.store, e2e.clock);
    tokens.admin = await e2e.bearer('admin', [{ role: 'admin' }, { role: 'auditor' }]);
    const sara = await e2e.bearer('sara', []);
    // The demo has one management object, one meeting, no webhook and no comment: a second of each (and a third comment).
    const send = async (url: string, token: string, body: object) => {
      const res = await e2e.http().post(url).set('Authorization', token).send(body);
      expect([url, res.status, res.body.code]).toEqual([url, 201, undefined]);
    };
    await send('/management-objects', tokens.admin, { id: 'lokal-2', name: 'Lokaler 2', systems: [], processes: [], body: 'objekt-lokal', roles: { owner: 'sara', businessManager: 'lena', itManager: 'isak' } });
    await send('/bodies/objekt-lokal/minutes', sara, { meeting: 'extra-1', date: '2026-03-02', present: ['sara'], decisions: [] });
    for (const n of [1, 2]) await send('/webhooks', tokens.admin, { url: `https://arkiv.example.org/hook-${n}`, filter: { eventTypes: ['StakeholderRetired'] } }); // no such event follows: nothing is sent
    for (const n of [1, 2, 3]) {
      await send('/processes/LF-01/comments', tokens.admin, { text: `Fråga ${n} om lokalbehovet` });
      await send('/proposals/P-005/comments', tokens.admin, { text: `Synpunkt ${n}` });
    }
    expect(await e2e.runtime.runner.waitForPosition((await e2e.head())!, 10_000)).toBe(true);
    // The demo person with the most work.
    let most = -1;
    for (const person of Object.values(PEOPLE)) {
      const token = await e2e.bearer(person.id, person.roles);
      const total = (await e2e.http().get('/me/tasks').set('Authorization', token)).body.tasks.length as number;
      if (total > most) [most, tokens.worker] = [total, token];
    }
    expect(await e2e.runtime.runner.waitForPosition((await e2e.head())!, 10_000)).toBe(true);
  });
  afterAll(() => e2e?.close());

  const get = (url: string, token: string) => e2e.http().get(url).set('Authorization', token);

  it.each(ROUTES)('$url: pages through the Link to the end, the same items as the whole list', async ({ url, items, token }) => {
    const t = tokens[token ?? 'admin'];
    const whole = await get(url, t).expect(200);
    expect(whole.headers.link).toBeUndefined();
    const all = items(whole.body, whole.text);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const size = Math.ceil(all.length / 3); // three or four pages, the last one short when it can be
    const seen: unknown[] = [];
    let next: string | null = `${url}${url.includes('?') ? '&' : '?'}limit=${size}`;
    let pages = 0;
    while (next) {
      const res = await get(next, t).expect(200);
      const page = items(res.body, res.text);
      pages++;
      expect(page.length).toBe(Math.min(size, all.length - seen.length));
      seen.push(...page);
      const link = res.headers.link as string | undefined;
      if (link) {
        next = LINK.exec(link)![1];
        expect(next).toContain(`limit=${size}`);
      } else next = null;
    }
    expect(pages).toBe(Math.ceil(all.length / size));
    expect(seen).toEqual(all);
  });

  it.each([...ROUTES, ...SHORT])('$url: a bad limit or cursor is refused with 400 and a code', async ({ url, token }) => {
    const t = tokens[token ?? 'admin'];
    const sep = url.includes('?') ? '&' : '?';
    for (const bad of ['limit=0', 'limit=1001', 'limit=two', 'limit=-1']) {
      const res = await get(`${url}${sep}${bad}`, t).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'limit' })] });
    }
    const forged = await get(`${url}${sep}after=${encodeURIComponent('not a cursor!')}`, t).expect(400);
    expect(forged.body.code).toBe('VALIDATION_FAILED');
    if (/^\/(audit|stakeholders\/ksn\/history|webhooks\/nope)/.test(url)) return; // these cursors are global positions (docs/api.md)
    const unknown = await get(`${url}${sep}after=bm90LWEtY3Vyc29y`, t).expect(400);
    expect(unknown.body).toMatchObject({ code: 'INVALID_CURSOR', details: [{ field: 'after', errors: [expect.any(String)] }] });
  });
});
